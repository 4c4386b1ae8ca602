package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.KilledRun.line;
import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.RunPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Proves on real Docker that a run whose engine JVM was killed with SIGKILL mid-step (a child JVM, so no cleanup of
 * any kind ran), or whose engine instance was abandoned as an agent that lost its controller does, is finished by a fresh {@link DockerContainerEngine} from the {@link ResumePoint} built from the
 * events the killed JVM had printed: every log line arrives exactly once and in order, exit codes of steps that
 * ended meanwhile are collected, the DAG goes on with its run policies, the log limit and secret masking give the
 * very lines an uninterrupted run gives, the pipeline timeout counts from the first start, a run whose resources
 * were removed ends every open entry with an error naming the run, and nothing of the run is left in Docker.
 */
@Timeout(180)
class ResumeTest {

    private static final String COUNT_40 = "for i in $(seq 1 40); do echo line $i; sleep 0.2; done";

    private static List<String> numbered(String command, int count) {
        return Stream.concat(Stream.of("+ " + command), IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i)).toList();
    }

    private static RunRequest request(PipelinePlan plan) {
        return RunRequest.builder(plan).build();
    }

    /** Resumes the killed run with a new engine instance, then checks nothing of it is left. */
    private static PipelineResult resume(KilledRun killed, RecordingListener events) throws Exception {
        try (DockerContainerEngine fresh = DockerContainerEngine.connect(null)) {
            PipelineResult result = PipelineRun.resume(fresh, killed.request, killed.resumePoint(), events).execute();
            DockerSupport.assertNothingLeft(killed.request.runId());
            return result;
        }
    }

    private static List<String> joined(KilledRun killed, RecordingListener events, String step) {
        List<String> all = new ArrayList<>(killed.lines(step));
        all.addAll(events.lines(step));
        return all;
    }

    // A step followed from the middle of its log: the lines before the kill and after the resume make up its log
    // exactly once; the step created ahead (only created when the JVM died) runs; the on-failure one is skipped.
    @Test
    void aRunningStepIsFollowedFromTheLineAfterTheLastDelivered() throws Exception {
        KilledRun killed = KilledRun.start(request(pipeline(step("count", COUNT_40), step("after", "echo after"),
                step("notify", "echo notify").when(RunPolicy.ON_FAILURE)))).killWhen(line("count", "line 5"));
        assertEquals(ContainerEngine.Condition.RUNNING, DockerSupport.stateOf(killed.request.runId(), "count"));
        assertEquals(ContainerEngine.Condition.CREATED, DockerSupport.stateOf(killed.request.runId(), "after"));

        RecordingListener events = new RecordingListener();
        PipelineResult result = resume(killed, events);

        assertEquals(StepStatus.SUCCESS, result.status());
        assertEquals(numbered(COUNT_40, 40), joined(killed, events, "count"));
        assertTrue(events.lines("count").size() < 40, "the resumed engine sent only the lines not yet delivered");
        assertEquals(List.of("+ echo after", "after"), events.lines("after"));
        assertEquals(StepStatus.SKIPPED, result.step("notify").status());
        assertTrue(events.events.stream().noneMatch(e -> e instanceof PipelineEvent.StepStarted s
                && s.step().equals("count")), "a start the caller knows is not announced again");
    }

    // An engine instance abandoned mid-step (as an agent that lost its controller does) returns at once, reports
    // nothing more and leaves the containers running; a fresh instance then finishes the run, each line once.
    @Test
    void anAbandonedRunIsLeftRunningForAResume() throws Exception {
        RunRequest request = request(pipeline(step("count", COUNT_40), step("after", "echo after")));
        RecordingListener first = new RecordingListener();
        PipelineResult abandoned;
        try (DockerContainerEngine engine = DockerContainerEngine.connect(null)) {
            PipelineRun run = PipelineRun.create(engine, request, first);
            CompletableFuture<PipelineResult> execution = CompletableFuture.supplyAsync(run::execute);
            while (!first.lines("count").contains("line 5")) {
                Thread.sleep(20);
            }
            run.abandon();
            abandoned = execution.get(30, TimeUnit.SECONDS);
        }
        int delivered = first.events.size();
        assertEquals(StepStatus.RUNNING, abandoned.status());
        assertEquals(ContainerEngine.Condition.RUNNING, DockerSupport.stateOf(request.runId(), "count"));
        Thread.sleep(500);
        assertEquals(delivered, first.events.size(), "an abandoned run reports nothing more");

        RecordingListener events = new RecordingListener();
        try (DockerContainerEngine fresh = DockerContainerEngine.connect(null)) {
            PipelineResult result = PipelineRun.resume(fresh, request, first.resumePoint(), events)
                    .execute();
            assertEquals(StepStatus.SUCCESS, result.status());
        }
        List<String> lines = new ArrayList<>(first.lines("count"));
        lines.addAll(events.lines("count"));
        assertEquals(numbered(COUNT_40, 40), lines);
        assertEquals(List.of("+ echo after", "after"), events.lines("after"));
        DockerSupport.assertNothingLeft(request.runId());
    }

    // The step ended (exit 3) while no engine watched: its exit code and its remaining lines are collected, the
    // failure skips the on-success step and runs the on-failure one.
    @Test
    void aStepThatEndedMeanwhileIsCollectedWithItsRemainingLines() throws Exception {
        String count = "for i in $(seq 1 6); do echo line $i; sleep 0.2; done; exit 3";
        KilledRun killed = KilledRun.start(request(pipeline(step("count", count), step("after", "echo after"),
                step("notify", "echo notify").when(RunPolicy.ON_FAILURE)))).killWhen(line("count", "line 2"));
        while (DockerSupport.stateOf(killed.request.runId(), "count") != ContainerEngine.Condition.EXITED) {
            Thread.sleep(100);
        }

        RecordingListener events = new RecordingListener();
        PipelineResult result = resume(killed, events);

        assertEquals(StepStatus.FAILURE, result.status());
        assertEquals(StepStatus.FAILURE, result.step("count").status());
        assertEquals(3, result.step("count").exitCode());
        assertEquals(numbered(count, 6), joined(killed, events, "count"));
        assertEquals(StepStatus.SKIPPED, result.step("after").status());
        assertEquals(List.of("+ echo notify", "notify"), events.lines("notify"));
        assertEquals(StepStatus.SUCCESS, result.step("notify").status());
    }

    // Killed while the log limit holds the tail back and a secret is printed on every line: the resumed run
    // re-derives the limiter's and the masker's state, so the caller ends with exactly the lines of a run nobody
    // interrupted, the limit's notes included, and no secret.
    @Test
    void theLogLimitAndMaskingGiveTheLinesOfAnUninterruptedRun() throws Exception {
        String count = "for i in $(seq 1 120); do echo \"line $i $TOKEN\"; sleep 0.02; done";
        RunRequest.Builder builder = RunRequest.builder(pipeline(step("count", count).secret("TOKEN", "token")))
                .secrets(SecretSource.of(Map.of("token", "s3cr3t-value"))).logLimit(1000);
        RecordingListener uninterrupted = new RecordingListener();
        DockerSupport.run(builder, uninterrupted);
        KilledRun killed = KilledRun.start(builder.runId(RunSpec.newRunId()).build())
                .killWhen(e -> e instanceof PipelineEvent.StepLog l && l.line().contains("only its last"));
        Thread.sleep(500);

        RecordingListener events = new RecordingListener();
        PipelineResult result = resume(killed, events);

        assertEquals(StepStatus.SUCCESS, result.status());
        List<String> lines = joined(killed, events, "count");
        assertEquals(uninterrupted.lines("count"), lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("were cut here")), "the limit cut the log: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.contains("s3cr3t")));
        assertTrue(lines.contains("line 120 ******"));
    }

    // The pipeline timeout runs from the run's first start, not from the resume: a timeout counted afresh would
    // have let the step print far more lines.
    @Test
    void thePipelineTimeoutCountsFromTheFirstStart() throws Exception {
        String count = "for i in $(seq 1 150); do echo line $i; sleep 0.1; done";
        KilledRun killed = KilledRun.start(RunRequest.builder(pipeline(step("count", count)))
                .timeout(Duration.ofSeconds(8)).build()).killWhen(line("count", "line 20"));
        Thread.sleep(3000);

        RecordingListener events = new RecordingListener();
        PipelineResult result = resume(killed, events);

        assertEquals(StepStatus.KILLED, result.step("count").status());
        assertEquals("pipeline timed out after 8 s", result.step("count").message());
        List<String> lines = joined(killed, events, "count");
        int last = Integer.parseInt(lines.get(lines.size() - 1).substring("line ".length()));
        assertTrue(last < 105, "killed about 8 s after the first start, at line " + last);
    }

    // The run's network, volume and containers were removed while no engine ran: the resume does not hang, and
    // every entry that had not ended ends as an error naming the run.
    @Test
    void goneResourcesEndEveryOpenEntryWithAnErrorNamingTheRun() throws Exception {
        KilledRun killed = KilledRun.start(request(pipeline(step("count", COUNT_40), step("after", "echo after"),
                step("notify", "echo notify").when(RunPolicy.ON_FAILURE)))).killWhen(line("count", "line 3"));
        String runId = killed.request.runId();
        DockerSupport.ENGINE.destroy(new RunResources(new RunSpec(runId, "/drone/src", null, List.of(), Map.of(), 0),
                null, null, null, Map.of()));

        RecordingListener events = new RecordingListener();
        PipelineResult result = resume(killed, events);

        assertEquals(StepStatus.ERROR, result.status());
        for (String step : List.of("count", "after", "notify")) {
            assertEquals(StepStatus.ERROR, result.step(step).status(), step);
            assertTrue(result.step(step).message().contains(runId), result.step(step).message());
        }
        assertTrue(events.lines("count").isEmpty());
    }
}
