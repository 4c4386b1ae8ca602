package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.plan.RunPolicy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves on real Docker that a cancel from another thread kills the running step (status killed, exit 137)
 * and skips the rest, always steps included; that a step timeout kills only that step (exit 137) so the
 * pipeline fails and on-failure steps run; and that a pipeline timeout ends the run as killed.
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
}
