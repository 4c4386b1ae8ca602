package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.engine.ContainerEngine.Condition;
import io.jenkins.plugins.drone.engine.ResumePoint.StepProgress;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.RunPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proves the scheduler's side of a resumed run on a fake engine: entries recorded as ended count for the run
 * policies and exit 78 but are not reported again; a container only created ahead is removed and its entry runs
 * afresh; a running entry whose container is gone, or a run whose resources are gone, ends open entries with an
 * error naming the run; an adopted container's lines already delivered are dropped, its exit code judged, its step
 * timeout counted from its start; an adopted service is stopped at the end; and the run is always destroyed.
 */
class ResumeSchedulerTest {

    private static final StepProgress RUNNING = new StepProgress(StepStatus.RUNNING, 0, 0);

    private final FakeEngine engine = new FakeEngine();
    private final RecordingListener events = new RecordingListener();

    private PipelineResult resume(PipelinePlan plan, Map<String, StepProgress> entries) {
        RunRequest request = RunRequest.builder(plan).runId("resumed-run-id").build();
        return PipelineRun.resume(engine, request, new ResumePoint(System.currentTimeMillis(), entries), events)
                .execute();
    }

    private List<String> finished() {
        return events.events.stream().filter(e -> e instanceof PipelineEvent.StepFinished)
                .map(e -> ((PipelineEvent.StepFinished) e).step()).toList();
    }

    // A failure recorded before the resume skips the on-success step and runs the on-failure one; it is not
    // reported again and its step does not run again.
    @Test
    void recordedEndsCountButAreNotReportedAgain() {
        PipelineResult result = resume(pipeline(step("first", "x"), step("second", "x"),
                step("notify", "x").when(RunPolicy.ON_FAILURE)),
                Map.of("first", new StepProgress(StepStatus.FAILURE, 1, 4)));

        assertEquals(StepStatus.FAILURE, result.status());
        assertEquals(StepStatus.SKIPPED, result.step("second").status());
        assertEquals(StepStatus.SUCCESS, result.step("notify").status());
        assertEquals("first", engine.envs.get("notify").get("DRONE_FAILED_STEPS"));
        assertEquals(List.of("notify"), engine.started);
        assertEquals(List.of("second", "notify"), finished());
        assertTrue(engine.destroyed);
    }

    // Exit 78 recorded before the resume still ends the pipeline early.
    @Test
    void aRecordedExit78StillEndsThePipelineEarly() {
        PipelineResult result = resume(pipeline(step("first", "x"), step("second", "x")),
                Map.of("first", new StepProgress(StepStatus.SUCCESS, 78, 0)));

        assertEquals(StepStatus.SUCCESS, result.status());
        assertEquals(StepStatus.SKIPPED, result.step("second").status());
        assertEquals("a step exited with code 78", result.step("second").message());
    }

    // The next step's container was only created ahead when the engine died: it is removed, the step runs afresh.
    @Test
    void aContainerOnlyCreatedAheadIsRemovedAndItsStepRunsAfresh() {
        engine.leave("second", Condition.CREATED, 0);
        PipelineResult result = resume(pipeline(step("first", "x"), step("second", "x")),
                Map.of("first", new StepProgress(StepStatus.SUCCESS, 0, 1)));

        assertEquals(StepStatus.SUCCESS, result.step("second").status());
        assertTrue(engine.removed.contains("second"), "removed: " + engine.removed);
        assertEquals(List.of("second"), engine.started);
        assertEquals(List.of("ran second"), events.lines("second"));
    }

    // An adopted container that has exited with 2: the line the caller holds is not sent again, the exit code
    // makes the step fail, and its start, known to the caller, is not announced again.
    @Test
    void anAdoptedContainerIsJudgedByItsExitCodeWithoutRepeatingDeliveredLines() {
        engine.leave("first", Condition.EXITED, 2);
        PipelineResult result = resume(pipeline(step("first", "x"), step("second", "x")),
                Map.of("first", new StepProgress(StepStatus.RUNNING, 0, 1)));

        assertEquals(StepStatus.FAILURE, result.step("first").status());
        assertEquals(2, result.step("first").exitCode());
        assertEquals(List.of(), events.lines("first"));
        assertEquals(StepStatus.SKIPPED, result.step("second").status());
        assertTrue(events.events.stream().noneMatch(e -> e instanceof PipelineEvent.StepStarted));
    }

    // A step timeout counts from the container's start a minute ago, not from the resume.
    @Test
    void anAdoptedStepsTimeoutCountsFromItsStart() {
        engine.leave("slow", Condition.RUNNING, 0);
        engine.delays.put("slow", 60_000L);
        PipelineResult result = resume(pipeline(step("slow", "x").timeout(30)), Map.of("slow", RUNNING));

        assertEquals(StepStatus.KILLED, result.step("slow").status());
        assertEquals("timed out after 30 s", result.step("slow").message());
    }

    // A running service is adopted, serves the steps after it and is stopped at the end as a success.
    @Test
    void anAdoptedServiceIsStoppedAtTheEnd() {
        engine.leave("db", Condition.RUNNING, 0);
        engine.delays.put("db", 60_000L);
        PipelineResult result = resume(pipeline(step("db", "x").service(), step("test", "x")),
                Map.of("db", RUNNING));

        assertEquals(StepStatus.SUCCESS, result.status());
        assertEquals(StepStatus.SUCCESS, result.step("db").status());
        assertEquals(List.of("test"), engine.started);
    }

    // The clone ran in the dead process: it runs again, its start is not announced twice, and the lines the
    // caller holds are not sent again.
    @Test
    void anInterruptedCloneRunsAgainWithoutRepeatingItsStartOrLines() {
        PipelinePlan plan = pipeline(step("clone", "x").clone(), step("build", "x"));
        RecordingListener uninterrupted = new RecordingListener();
        PipelineRun.create(new FakeEngine(), RunRequest.builder(plan).build(), uninterrupted).execute();
        List<String> cloneLines = uninterrupted.lines("clone");
        PipelineResult result = resume(plan, Map.of("clone", new StepProgress(StepStatus.RUNNING, 0, 1)));

        assertEquals(uninterrupted.events.stream().filter(e -> e instanceof PipelineEvent.StepFinished f
                && f.step().equals("clone")).map(e -> ((PipelineEvent.StepFinished) e).status()).toList(),
                List.of(result.step("clone").status()));
        assertTrue(cloneLines.size() >= 1, "the clone prints: " + cloneLines);
        assertEquals(cloneLines.subList(1, cloneLines.size()), events.lines("clone"));
        assertTrue(events.events.stream().noneMatch(e -> e instanceof PipelineEvent.StepStarted s
                && s.step().equals("clone")));
    }

    // Recorded as running, but its container is gone: an error naming the run, and the failure holds for the rest.
    @Test
    void aRunningStepWhoseContainerIsGoneEndsAsAnError() {
        PipelineResult result = resume(pipeline(step("first", "x"), step("second", "x"),
                step("notify", "x").when(RunPolicy.ON_FAILURE)), Map.of("first", RUNNING));

        assertEquals(StepStatus.ERROR, result.step("first").status());
        assertEquals("the container of first in run resumed-run-id is gone", result.step("first").message());
        assertEquals(StepStatus.SKIPPED, result.step("second").status());
        assertEquals(StepStatus.SUCCESS, result.step("notify").status());
    }

    // The run's network and volumes are gone: every open entry ends as an error naming the run, the recorded
    // end stays as it was, and what is left of the run is still destroyed.
    @Test
    void goneResourcesEndOpenEntriesWithAnError() {
        engine.resourcesGone = true;
        PipelineResult result = resume(pipeline(step("first", "x"), step("second", "x"), step("third", "x")),
                Map.of("first", new StepProgress(StepStatus.SUCCESS, 0, 3), "second", RUNNING));

        assertEquals(StepStatus.SUCCESS, result.step("first").status());
        for (String step : List.of("second", "third")) {
            assertEquals(StepStatus.ERROR, result.step(step).status());
            assertEquals("the resources of run resumed-run-id are gone", result.step(step).message());
        }
        assertEquals(List.of("second", "third"), finished());
        assertTrue(engine.destroyed);
    }
}
