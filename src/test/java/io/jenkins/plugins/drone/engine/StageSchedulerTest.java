package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.Outcome;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proves the stage order of docs/drone-semantics.md#several-pipelines: pipelines without dependencies start together; one starts when
 * all its dependencies have ended and the build state matches its trigger status, else it is skipped (which
 * releases its own dependants); failed stages are passed to later ones; excluded pipelines hold nothing up.
 */
class StageSchedulerTest {

    private static PipelinePlan stage(String name, boolean onSuccess, boolean onFailure, String... dependsOn) {
        return new PipelinePlan(name, "", 1, true, "", Outcome.SUCCESS, List.of(dependsOn), onSuccess, onFailure, Map.of(),
                new PipelinePlan.PlatformSpec("linux", "amd64", "", ""), new PipelinePlan.WorkspaceSpec("/drone/src", ""),
                null, List.of(), List.of(), List.of(), Map.of(), 0);
    }

    private static String describe(List<StageScheduler.Decision> decisions) {
        return String.join(" ", decisions.stream().map(d -> (d instanceof StageScheduler.Start ? "start:" : "skip:")
                + d.pipeline().name()).toList());
    }

    @Test
    void independentPipelinesStartTogetherAndDependantsWaitForAllTheirDependencies() {
        StageScheduler stages = new StageScheduler(List.of(stage("a", true, false), stage("b", true, false),
                stage("c", true, false, "a", "b")), PipelinePlan::run);

        assertEquals("start:a start:b", describe(stages.next()));
        assertEquals(List.of(2), stages.waiting());
        stages.ended(0, false);
        assertEquals("", describe(stages.next()));
        assertTrue(stages.running());
        stages.ended(1, false);
        assertEquals("start:c", describe(stages.next()));
        stages.ended(2, false);
        assertFalse(stages.running());
    }

    @Test
    void aFailureSkipsOnSuccessPipelinesAndStartsOnFailureOnesWithTheFailedStages() {
        StageScheduler stages = new StageScheduler(List.of(stage("build", true, false), stage("deploy", true, false, "build"),
                stage("after-deploy", true, false, "deploy"), stage("notify", false, true, "build")), PipelinePlan::run);
        stages.next();

        stages.ended(0, true);
        List<StageScheduler.Decision> decisions = stages.next();

        assertEquals("skip:deploy skip:after-deploy start:notify", describe(decisions));
        assertEquals("skipped: the build has failed", ((StageScheduler.Skip) decisions.get(0)).reason());
        assertEquals(List.of("build"), ((StageScheduler.Start) decisions.get(2)).failedStages());
    }

    @Test
    void anOnFailurePipelineIsSkippedWhenTheBuildIsGreen() {
        StageScheduler stages = new StageScheduler(List.of(stage("build", true, false), stage("notify", false, true, "build")),
                PipelinePlan::run);
        stages.next();
        stages.ended(0, false);

        List<StageScheduler.Decision> decisions = stages.next();

        assertEquals("skip:notify", describe(decisions));
        assertEquals("skipped: runs only when the build fails", ((StageScheduler.Skip) decisions.get(0)).reason());
    }

    @Test
    void pipelinesThatDoNotTakePartHoldNothingUp() {
        StageScheduler stages = new StageScheduler(List.of(stage("excluded", true, false), stage("after", true, false, "excluded"),
                stage("other", true, false, "not-in-this-file")), p -> !p.name().equals("excluded"));

        assertEquals("start:after start:other", describe(stages.next()));
    }
}
