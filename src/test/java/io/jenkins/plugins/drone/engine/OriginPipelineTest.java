package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.REDIS;
import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.RunPolicy;
import org.junit.jupiter.api.Test;

/**
 * Proves the shape of the pipeline of docs/drone-semantics.md#legacy-example works on real Docker: a deps step, a
 * lint step, a redis service reached by its name after a readiness loop, tests, and a notify step that runs only when
 * a step failed and then sees which one (live DRONE_FAILED_STEPS); the service's exit is not a failure.
 */
class OriginPipelineTest {

    private static PipelinePlan origin(String testCommand) {
        return pipeline(
                step("install-deps", "echo deps > deps.txt"),
                step("lint", "test -f deps.txt", "echo lint ok"),
                step("redis").image(REDIS).service(),
                step("wait-redis").image(REDIS).commands("until redis-cli -h redis ping; do sleep 0.2; done"),
                step("run-tests").image(REDIS).commands("redis-cli -h redis set answer 42", "test \"$(redis-cli -h redis get answer)\" = 42", testCommand),
                step("notify", "echo failed: $DRONE_FAILED_STEPS build: $DRONE_BUILD_STATUS").when(RunPolicy.ON_FAILURE));
    }

    @Test
    void greenRunSkipsNotify() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(origin("true"), events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertTrue(events.lines("wait-redis").contains("PONG"));
        assertEquals(StepStatus.SUCCESS, result.step("redis").status());
        assertEquals(StepStatus.SUCCESS, result.step("run-tests").status());
        assertEquals(StepStatus.SKIPPED, result.step("notify").status());
    }

    @Test
    void failingTestsRunNotifyWithTheFailedStep() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(origin("exit 1"), events);

        assertEquals(StepStatus.FAILURE, result.status());
        assertEquals(StepStatus.FAILURE, result.step("run-tests").status());
        assertEquals(StepStatus.SUCCESS, result.step("notify").status());
        assertTrue(events.lines("notify").contains("failed: run-tests build: failure"), () -> events.lines("notify").toString());
    }
}
