package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.ErrorPolicy;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.RunPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the scheduler's rules on a fake engine (docs/drone-semantics.md#run-policy): the state is read when an entry
 * becomes ready, so a graph branch that becomes ready after a failure is skipped while on-failure steps run; a
 * container created ahead with success-time variables is replaced once a failure changed them; create failures are
 * errors; failure: fast with nothing else running ends as failure; and the engine is always destroyed.
 */
class SchedulerTest {

    private final FakeEngine engine = new FakeEngine();

    private PipelineResult run(PipelinePlan plan) {
        return PipelineRun.create(engine, RunRequest.builder(plan).build(), PipelineListener.NONE).execute();
    }

    @Test
    void laterBranchSeesTheFailureOfAnother() {
        engine.exitCodes.put("fails", 1);
        engine.delays.put("slow", 300L);
        PipelineResult result = run(pipeline(
                step("fails", "x").dependsOn(),
                step("slow", "x").dependsOn(),
                step("after-slow", "x").dependsOn("slow"),
                step("notify", "x").dependsOn("after-slow").when(RunPolicy.ON_FAILURE)));

        assertEquals(StepStatus.FAILURE, result.status());
        assertEquals(StepStatus.SUCCESS, result.step("slow").status());
        assertEquals(StepStatus.SKIPPED, result.step("after-slow").status());
        assertEquals(StepStatus.SUCCESS, result.step("notify").status());
        assertEquals("failure", engine.envs.get("notify").get("DRONE_BUILD_STATUS"));
        assertEquals("fails", engine.envs.get("notify").get("DRONE_FAILED_STEPS"));
        assertTrue(engine.destroyed);
    }

    @Test
    void containerCreatedAheadIsReplacedWhenTheStateChanged() {
        engine.exitCodes.put("first", 1);
        PipelineResult result = run(pipeline(
                step("first", "x"),
                step("always", "x").when(RunPolicy.ALWAYS)));

        assertEquals(StepStatus.SUCCESS, result.step("always").status());
        assertEquals("failure", engine.envs.get("always").get("DRONE_BUILD_STATUS"));
        assertEquals("first", engine.envs.get("always").get("DRONE_FAILED_STEPS"));
    }

    @Test
    void createFailureIsAnErrorAndFailsThePipeline() {
        engine.failCreate.add("bad");
        PipelineResult result = run(pipeline(step("bad", "x"), step("next", "x")));

        assertEquals(StepStatus.ERROR, result.status());
        assertEquals(StepStatus.ERROR, result.step("bad").status());
        assertEquals(255, result.step("bad").exitCode());
        assertEquals(StepStatus.SKIPPED, result.step("next").status());
        assertFalse(engine.started.contains("next"));
    }

    @Test
    void failFastAloneEndsAsFailure() {
        engine.exitCodes.put("only", 1);
        PipelineResult result = run(pipeline(step("only", "x").failure(ErrorPolicy.FAIL_FAST)));

        assertEquals(StepStatus.FAILURE, result.status());
    }

    @Test
    void secretsComeLastAndEmptyValuesAreDropped() {
        PipelineResult result = PipelineRun.create(engine, RunRequest.builder(pipeline(
                        step("s", "x").env("TOKEN", "plain").env("EMPTY", "").secret("TOKEN", "tok").secret("GONE", "missing")))
                .secrets(SecretSource.of(java.util.Map.of("TOK", "from-secret"))).build(), PipelineListener.NONE).execute();

        assertEquals(StepStatus.SUCCESS, result.status());
        var env = engine.envs.get("s");
        assertEquals("from-secret", env.get("TOKEN"));
        assertFalse(env.containsKey("EMPTY"));
        assertFalse(env.containsKey("GONE"));
        assertEquals(List.of("DRONE_SCRIPT"), env.keySet().stream().filter(k -> k.equals("DRONE_SCRIPT")).toList());
    }

    @Test
    void failedStagesMakeTheBuildFailingButNotTheStage() {
        PipelineRun.create(engine, RunRequest.builder(pipeline(step("s", "x"))).failedStages(List.of("first")).build(),
                PipelineListener.NONE).execute();

        var env = engine.envs.get("s");
        assertEquals("failure", env.get("DRONE_BUILD_STATUS"));
        assertEquals("success", env.get("DRONE_STAGE_STATUS"));
        assertEquals("first", env.get("DRONE_FAILED_STAGES"));
    }
}
