package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.RunPolicy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves on real Docker that a cancel from another thread kills the running step (status killed, exit 137)
 * and skips the rest, always steps included; that a step timeout kills only that step (exit 137) so the
 * pipeline fails and on-failure steps run; and that a pipeline timeout ends the run as killed, also while a
 * flooded log is still being read.
 */
class CancelAndTimeoutTest {

    @Test
    void cancelKillsTheRunningStepAndSkipsTheRest() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        String runId = RunSpec.newRunId();
        RunRequest request = RunRequest.builder(pipeline(
                        step("long", "echo started", "sleep 60"),
                        step("after", "true"),
                        step("always", "true").when(RunPolicy.ALWAYS)))
                .runId(runId).build();
        PipelineRun run = PipelineRun.create(DockerSupport.ENGINE, request, e -> {
            if (e instanceof PipelineEvent.StepLog log && log.line().equals("started")) {
                running.countDown();
            }
        });
        Thread canceller = new Thread(() -> {
            try {
                running.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            run.cancel();
        });
        canceller.start();
        PipelineResult result = run.execute();
        DockerSupport.assertNothingLeft(runId);

        assertEquals(StepStatus.KILLED, result.status());
        assertEquals(StepStatus.KILLED, result.step("long").status());
        assertEquals(137, result.step("long").exitCode());
        assertEquals(StepStatus.SKIPPED, result.step("after").status());
        assertEquals(StepStatus.SKIPPED, result.step("always").status());
    }

    @Test
    void stepTimeoutKillsThatStep() {
        PipelineResult result = DockerSupport.run(pipeline(
                step("slow", "sleep 60").timeout(1),
                step("notify", "true").when(RunPolicy.ON_FAILURE)), new RecordingListener());

        assertEquals(StepStatus.FAILURE, result.status());
        assertEquals(StepStatus.KILLED, result.step("slow").status());
        assertEquals(137, result.step("slow").exitCode());
        assertEquals(StepStatus.SUCCESS, result.step("notify").status());
    }

    @Test
    void pipelineTimeoutKillsTheRun() {
        PipelineResult result = DockerSupport.run(RunRequest.builder(pipeline(
                        step("slow", "sleep 60"),
                        step("after", "true")))
                .timeout(Duration.ofSeconds(1)), PipelineListener.NONE);

        assertEquals(StepStatus.KILLED, result.status());
        assertEquals(StepStatus.KILLED, result.step("slow").status());
        assertEquals(StepStatus.SKIPPED, result.step("after").status());
    }

    // A step that floods its log faster than the listener takes it: Docker keeps the backlog, and reading it to
    // its end would take minutes after the pipeline timeout killed the step. The run ends a few seconds after
    // the timeout instead, with the step killed.
    @Test
    void pipelineTimeoutHoldsWhileAFloodedLogIsStillBeingRead() {
        PipelineListener slow = event -> {
            if (event instanceof PipelineEvent.StepLog) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        long started = System.nanoTime();
        PipelineResult result = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> DockerSupport.run(
                RunRequest.builder(pipeline(step("flood", "while true; do seq 1 100000; done")))
                        .timeout(Duration.ofSeconds(3)), slow));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertEquals(StepStatus.KILLED, result.status());
        assertEquals(StepStatus.KILLED, result.step("flood").status());
        assertTrue(seconds < 30, "the run took " + seconds + " s");
    }
}
