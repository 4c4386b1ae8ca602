package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Proves graph entries without mutual dependencies run at the same time on real Docker (two 1 s sleeps take
 * well under 2 s together), that a join step waits for both, and that a concurrency limit of 1 serialises them.
 */
class ParallelTest {

    @Test
    void independentStepsOverlap() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("a", "sleep 1").dependsOn(),
                step("b", "sleep 1").dependsOn(),
                step("join", "echo joined").dependsOn("a", "b")), events);

        assertEquals(StepStatus.SUCCESS, result.status());
        StepResult a = result.step("a");
        StepResult b = result.step("b");
        long span = Math.max(a.finishedMillis(), b.finishedMillis()) - Math.min(a.startedMillis(), b.startedMillis());
        assertTrue(span < 2000, "two 1 s sleeps took " + span + " ms");
        assertTrue(result.step("join").startedMillis() >= Math.max(a.finishedMillis(), b.finishedMillis()));
    }

    @Test
    void concurrencyLimitSerialises() {
        PipelineResult result = DockerSupport.run(PipelineRun.builder(DockerSupport.ENGINE, pipeline(
                step("a", "sleep 0.3").dependsOn(),
                step("b", "sleep 0.3").dependsOn())).concurrency(1));

        StepResult a = result.step("a");
        StepResult b = result.step("b");
        assertTrue(a.finishedMillis() <= b.startedMillis() || b.finishedMillis() <= a.startedMillis(),
                "steps overlapped with a limit of 1");
    }
}
