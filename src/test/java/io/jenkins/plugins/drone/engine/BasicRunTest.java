package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Proves on real Docker that commands run as a Drone-style script (echoed {@code + cmd}, stop at the first
 * failure), that steps share the workspace volume and see the live variables, and that a failure skips
 * later on-success steps.
 */
class BasicRunTest {

    @Test
    void stepsShareTheWorkspaceAndEchoCommands() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("write", "echo hello > greeting.txt", "echo \"cost: $5\""),
                step("read", "cat greeting.txt", "pwd", "echo step=$DRONE_STEP_NAME number=$DRONE_STEP_NUMBER status=$DRONE_BUILD_STATUS")),
                events);

        assertEquals(StepStatus.SUCCESS, result.status());
        assertEquals(java.util.List.of("+ echo hello > greeting.txt", "+ echo \"cost: $5\"", "cost: "), events.lines("write"));
        assertEquals(java.util.List.of("+ cat greeting.txt", "hello", "+ pwd", "/drone/src",
                "+ echo step=$DRONE_STEP_NAME number=$DRONE_STEP_NUMBER status=$DRONE_BUILD_STATUS",
                "step=read number=2 status=success"), events.lines("read"));
    }

    @Test
    void aFailingCommandStopsTheScriptAndSkipsLaterSteps() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("fail", "echo before", "exit 3", "echo after"),
                step("later", "echo never")), events);

        assertEquals(StepStatus.FAILURE, result.status());
        assertEquals(StepStatus.FAILURE, result.step("fail").status());
        assertEquals(3, result.step("fail").exitCode());
        assertEquals(StepStatus.SKIPPED, result.step("later").status());
        assertTrue(events.lines("fail").contains("before"));
        assertTrue(events.lines("fail").stream().noneMatch(l -> l.equals("after")));
        assertTrue(events.lines("later").isEmpty());
    }
}
