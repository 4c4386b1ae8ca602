package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Proves per-step figures come from Docker: a step that holds memory for a few seconds reports a peak of at
 * least what it held, the wall time is its start-to-end span, and the finished event carries the same figures.
 */
class FiguresTest {

    @Test
    void peakMemoryAndWallTimeAreReported() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("hold", "mkdir -p /dev/shm/x", "head -c 30m /dev/zero > /dev/shm/x/blob", "sleep 2.5")), events);

        StepResult hold = result.step("hold");
        assertEquals(StepStatus.SUCCESS, hold.status());
        assertTrue(hold.figures().peakMemoryBytes() >= 30L << 20, "peak " + hold.figures().peakMemoryBytes());
        assertEquals(hold.finishedMillis() - hold.startedMillis(), hold.figures().wallMillis());
        PipelineEvent.StepFinished finished = events.events.stream()
                .filter(e -> e instanceof PipelineEvent.StepFinished f && f.step().equals("hold"))
                .map(PipelineEvent.StepFinished.class::cast).findFirst().orElseThrow();
        assertEquals(hold.figures().peakMemoryBytes(), finished.peakMemoryBytes());
    }
}
