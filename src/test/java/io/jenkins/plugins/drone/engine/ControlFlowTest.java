package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.ErrorPolicy;
import io.jenkins.plugins.drone.plan.RunPolicy;
import org.junit.jupiter.api.Test;

/**
 * Proves Drone's run-time rules on real Docker: exit 78 ends the pipeline green and skips everything pending
 * (always steps too); failure: ignore shows failed without failing the pipeline or DRONE_FAILED_STEPS;
 * failure: fast kills a parallel step; a detached step keeps running beside later steps and counts as
 * success; excluded entries return at once.
 */
class ControlFlowTest {

    @Test
    void exit78EndsThePipelineWithSuccess() {
        PipelineResult result = DockerSupport.run(pipeline(
                step("early", "echo stopping", "exit 78"),
                step("next", "echo never"),
                step("cleanup", "echo never").when(RunPolicy.ALWAYS)), new RecordingListener());

        assertEquals(StepStatus.SUCCESS, result.status());
        assertEquals(StepStatus.SUCCESS, result.step("early").status());
        assertEquals(78, result.step("early").exitCode());
        assertEquals(StepStatus.SKIPPED, result.step("next").status());
        assertEquals(StepStatus.SKIPPED, result.step("cleanup").status());
    }

    @Test
    void ignoredFailureDoesNotFailThePipeline() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("flaky", "exit 2").failure(ErrorPolicy.IGNORE),
                step("next", "echo status=$DRONE_BUILD_STATUS failed=[$DRONE_FAILED_STEPS]")), events);

        assertEquals(StepStatus.SUCCESS, result.status());
        assertEquals(StepStatus.FAILURE, result.step("flaky").status());
        assertEquals(2, result.step("flaky").exitCode());
        assertTrue(events.lines("next").contains("status=success failed=[]"), () -> events.lines("next").toString());
    }

    @Test
    void failFastKillsTheParallelStep() {
        PipelineResult result = DockerSupport.run(pipeline(
                step("slow", "sleep 30").dependsOn(),
                step("breaks", "sleep 0.5", "exit 1").dependsOn().failure(ErrorPolicy.FAIL_FAST),
                step("after", "echo never").dependsOn("slow", "breaks")), new RecordingListener());

        assertEquals(StepStatus.KILLED, result.status());
        assertEquals(StepStatus.FAILURE, result.step("breaks").status());
        assertEquals(StepStatus.KILLED, result.step("slow").status());
        assertEquals(StepStatus.SKIPPED, result.step("after").status());
    }

    @Test
    void detachedStepRunsBesideLaterStepsAndCountsAsSuccess() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("server", "mkdir -p /www", "echo served > /www/index.html", "httpd -f -p 8080 -h /www").detach(),
                step("client", "until wget -q -O - http://server:8080/; do sleep 0.2; done")), events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertEquals(StepStatus.SUCCESS, result.step("server").status());
        assertEquals(0, result.step("server").exitCode());
        assertTrue(events.lines("client").contains("served"));
    }

    @Test
    void excludedStepsReturnAtOnceAndTheirDependentsRun() {
        PipelineResult result = DockerSupport.run(pipeline(
                step("excluded", "exit 1").excluded(),
                step("next", "true")), new RecordingListener());

        assertEquals(StepStatus.SUCCESS, result.status());
        assertEquals(StepStatus.SKIPPED, result.step("excluded").status());
        assertEquals(0, result.step("excluded").startedMillis());
        assertEquals(StepStatus.SUCCESS, result.step("next").status());
    }
}
