package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves the default pull policy on real Docker with no registry reachable: a {@code latest} image is pulled,
 * the pull fails, and because the image exists locally the step still runs after a warning naming the image; the
 * time the step waited for that pull is in its figures and its end event, apart from its run time.
 */
class PullPolicyTest {

    private static final String LATEST = "drone-pipeline/busybox-pulltest:latest";

    @BeforeEach
    void tagLatest() {
        DockerSupport.DOCKER.tagImageCmd(TestPlans.BUSYBOX, "drone-pipeline/busybox-pulltest", "latest").exec();
    }

    @AfterEach
    void untag() {
        DockerSupport.DOCKER.removeImageCmd(LATEST).withNoPrune(true).exec();
    }

    @Test
    void failedPullOfALocalImageWarnsAndRuns() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(step("uses-latest", "echo ran").image(LATEST)), events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertTrue(events.lines("uses-latest").contains("ran"));
        assertTrue(events.warnings().stream().anyMatch(w -> w.startsWith("cannot pull image " + LATEST)), events.warnings().toString());
    }

    @Test
    void theWaitForAPullIsRecordedApartFromTheStep() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(step("uses-latest", "echo ran").image(LATEST)), events);

        long pulled = result.step("uses-latest").figures().pullMillis();
        assertTrue(pulled > 0, "a pull was tried, yet no time was recorded for it");
        PipelineEvent.StepFinished end = events.events.stream().filter(e -> e instanceof PipelineEvent.StepFinished)
                .map(e -> (PipelineEvent.StepFinished) e).findFirst().orElseThrow();
        assertEquals(pulled, end.pullMillis());
    }
}
