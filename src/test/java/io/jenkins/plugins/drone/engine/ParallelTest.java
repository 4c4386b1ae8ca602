package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves graph entries without mutual dependencies run at the same time on real Docker (two 1 s sleeps take
 * well under 2 s together), that a join step waits for both, that a pipeline's concurrency limit does not limit
 * its steps (Drone applies it to pipelines across builds),
 * and that 24 parallel steps beside 8 running services all stream their logs (a load test of the streams).
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
    void aPipelinesConcurrencyLimitDoesNotLimitItsSteps() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(RunRequest.builder(TestPlans.limited(1,
                step("a", "cat /proc/uptime", "sleep 1", "cat /proc/uptime").dependsOn(),
                step("b", "cat /proc/uptime", "sleep 1", "cat /proc/uptime").dependsOn())), events);

        assertEquals(StepStatus.SUCCESS, result.status());
        double[] a = uptimes(events, "a");
        double[] b = uptimes(events, "b");
        assertTrue(a[0] < b[1] && b[0] < a[1], "steps did not overlap: a " + a[0] + "-" + a[1] + ", b " + b[0]
                + "-" + b[1]);
    }

    @Test
    void manyParallelStepsBesideServicesAllStreamTheirLogs() {
        // 8 detached steps hold their streams to the end; 24 parallel steps need 3 streams each on top
        List<TestPlans.Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            steps.add(step("svc" + i, "sleep 60").detach().dependsOn());
        }
        for (int i = 0; i < 24; i++) {
            steps.add(step("p" + i, "echo line-" + i, "sleep 1").dependsOn("svc0", "svc7"));
        }
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(steps.toArray(TestPlans.Step[]::new)), events);

        assertEquals(StepStatus.SUCCESS, result.status());
        for (int i = 0; i < 24; i++) {
            assertTrue(events.lines("p" + i).contains("line-" + i));
        }
    }
}
