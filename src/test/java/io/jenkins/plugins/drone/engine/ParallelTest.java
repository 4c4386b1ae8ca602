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

    /** The kernel's uptime in seconds, as the step printed it before and after its sleep. */
    private static double[] uptimes(RecordingListener events, String step) {
        return events.lines(step).stream().filter(l -> !l.startsWith("+")).mapToDouble(l -> Double.parseDouble(l.split(" ")[0]))
                .toArray();
    }

    @Test
    void independentStepsOverlap() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("a", "cat /proc/uptime", "sleep 1", "cat /proc/uptime").dependsOn(),
                step("b", "cat /proc/uptime", "sleep 1", "cat /proc/uptime").dependsOn(),
                step("join", "echo joined").dependsOn("a", "b")), events);

        assertEquals(StepStatus.SUCCESS, result.status());
        // measured inside the containers (one kernel clock), so a loaded Docker daemon does not blur it
        double[] a = uptimes(events, "a");
        double[] b = uptimes(events, "b");
        double span = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
        assertTrue(span < 2.0, "two 1 s sleeps took " + span + " s");
        assertTrue(result.step("join").startedMillis() >= Math.max(result.step("a").finishedMillis(),
                result.step("b").finishedMillis()));
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
