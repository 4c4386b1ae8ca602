package io.jenkins.plugins.drone.engine.process;

import static io.jenkins.plugins.drone.engine.TestPlans.exec;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.engine.PipelineEvent;
import io.jenkins.plugins.drone.engine.PipelineListener;
import io.jenkins.plugins.drone.engine.PipelineResult;
import io.jenkins.plugins.drone.engine.PipelineRun;
import io.jenkins.plugins.drone.engine.RecordingListener;
import io.jenkins.plugins.drone.engine.RunRequest;
import io.jenkins.plugins.drone.engine.RunSpec;
import io.jenkins.plugins.drone.engine.SecretSource;
import io.jenkins.plugins.drone.engine.StepStatus;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.RunPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves on real processes that exec pipelines run like docker ones: steps in order in the per-run directory
 * ({@code DRONE_WORKSPACE}, {@code HOME} and the working directory under {@code <tmp>/drone-<run id>}), the clone
 * into it, {@code depends_on} in parallel, a failure with {@code when: status: failure}, secrets masked; that a step
 * timeout and a cancel kill the whole process tree (a backgrounded {@code sleep} included) and that what a step
 * leaves running dies when it ends; that the directory is gone afterwards, and expired ones of dead runs are swept;
 * and that an untrusted job's exec pipeline does not run.
 */
class ProcessEngineTest {

    private static final BuildContext TRUSTED = BuildContext.builder().trusted(true).build();

    @TempDir
    Path tmp;

    private PipelineResult run(RunRequest.Builder request, PipelineListener listener) {
        RunRequest built = request.build();
        PipelineResult result = PipelineRun.create(new ProcessEngine(tmp), built, listener).execute();
        assertFalse(Files.exists(tmp.resolve("drone-" + built.runId())), "the run directory is removed");
        return result;
    }

    private PipelineResult run(PipelinePlan plan, RecordingListener events) {
        return run(RunRequest.builder(plan).context(TRUSTED), events);
    }

    @Test
    void stepsRunInOrderInTheRunDirectory() {
        RecordingListener events = new RecordingListener();
        RunRequest.Builder request = RunRequest.builder(exec(
                step("write", "echo one > file.txt"),
                step("read", "cat file.txt", "pwd", "echo ws=$DRONE_WORKSPACE", "echo home=$HOME")
                        .env("DRONE_WORKSPACE", "/drone/src"))) // as the planner sets it
                .context(TRUSTED).runId("orderrun");
        PipelineResult result = run(request, events);

        Path root = tmp.resolve("drone-orderrun").toAbsolutePath();
        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertEquals(List.of("+ cat file.txt", "one", "+ pwd", root.resolve("drone/src").toString(),
                "+ echo ws=$DRONE_WORKSPACE", "ws=" + root.resolve("drone/src"), "+ echo home=$HOME",
                "home=" + root.resolve("home/drone")), events.lines("read"));
    }

    @Test
    void cloneChecksOutTheCommitIntoTheRunDirectory() throws Exception {
        Path origin = tmp.resolve("origin");
        String commit;
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            Files.writeString(origin.resolve("README"), "from git\n");
            git.add().addFilepattern("README").call();
            commit = git.commit().setMessage("first").setAuthor("t", "t@e").setCommitter("t", "t@e").setSign(false)
                    .call().name();
        }
        BuildContext build = BuildContext.builder().trusted(true).remoteUrl(origin.toString()).branch("main")
                .ref("refs/heads/main").commit(commit).build();
        RecordingListener events = new RecordingListener();
        PipelineResult result = run(RunRequest.builder(exec(step("clone").clone(), step("show", "cat README")))
                .context(build), events);

        assertEquals(StepStatus.SUCCESS, result.step("clone").status(), () -> events.events.toString());
        assertEquals(List.of("+ cat README", "from git"), events.lines("show"));
    }

    @Test
    void independentStepsRunInParallel() {
        // each waits up to 20 s for the other's flag: they only both succeed if they run at the same time
        RecordingListener events = new RecordingListener();
        PipelineResult result = run(exec(
                step("a", "touch a.flag", "for i in $(seq 200); do [ -f b.flag ] && break; sleep 0.1; done", "test -f b.flag")
                        .dependsOn(),
                step("b", "touch b.flag", "for i in $(seq 200); do [ -f a.flag ] && break; sleep 0.1; done", "test -f a.flag")
                        .dependsOn(),
                step("c", "ls a.flag b.flag").dependsOn("a", "b")), events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertTrue(result.step("c").startedMillis() >= Math.max(result.step("a").finishedMillis(),
                result.step("b").finishedMillis()));
    }

    @Test
    void aFailureSkipsTheNextStepAndRunsTheFailureStep() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = run(exec(
                step("test", "echo testing", "exit 3", "echo never"),
                step("deploy", "echo deploying"),
                step("notify", "echo notified").when(RunPolicy.ON_FAILURE)), events);

        assertEquals(StepStatus.FAILURE, result.status());
        assertEquals(3, result.step("test").exitCode());
        assertFalse(events.lines("test").contains("never"));
        assertEquals(StepStatus.SKIPPED, result.step("deploy").status());
        assertEquals(StepStatus.SUCCESS, result.step("notify").status());
        assertEquals(List.of("+ echo notified", "notified"), events.lines("notify"));
    }

    @Test
    void secretsAreMasked() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = run(RunRequest.builder(exec(step("uses", "echo token=$TOKEN").secret("TOKEN", "token")))
                .context(TRUSTED).secrets(SecretSource.of(Map.of("token", "s3cr3t-value"))), events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertEquals(List.of("+ echo token=$TOKEN", "token=******"), events.lines("uses"));
    }

    @Test
    void aTimeoutKillsTheWholeProcessTree() throws Exception {
        RecordingListener events = new RecordingListener();
        PipelineResult result = run(exec(
                step("slow", "sleep 300 &", "echo child=$!", "sleep 300").timeout(1)), events);

        assertEquals(StepStatus.KILLED, result.step("slow").status());
        assertEquals(137, result.step("slow").exitCode());
        assertGone(child(events, "slow"));
    }

    @Test
    void whatAStepLeavesRunningDiesWhenItEnds() throws Exception {
        RecordingListener events = new RecordingListener();
        PipelineResult result = run(exec(step("starts", "sleep 300 &", "echo child=$!", "sleep 0.5")), events);

        assertEquals(StepStatus.SUCCESS, result.status());
        assertTrue(result.step("starts").finishedMillis() - result.step("starts").startedMillis() < 20_000);
        assertGone(child(events, "starts"));
    }

    @Test
    void cancelKillsTheRunningTreeAndSkipsTheRest() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        RecordingListener events = new RecordingListener();
        RunRequest request = RunRequest.builder(exec(
                        step("long", "sleep 300 &", "echo child=$!", "sleep 300"),
                        step("after", "true"))).context(TRUSTED).build();
        PipelineRun run = PipelineRun.create(new ProcessEngine(tmp), request, e -> {
            events.on(e);
            if (e instanceof PipelineEvent.StepLog log && log.line().startsWith("child=")) {
                running.countDown();
            }
        });
        Thread canceller = new Thread(() -> {
            try {
                if (running.await(30, TimeUnit.SECONDS)) {
                    run.cancel();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        canceller.start();
        PipelineResult result = run.execute();

        assertEquals(StepStatus.KILLED, result.status());
        assertEquals(StepStatus.KILLED, result.step("long").status());
        assertEquals(StepStatus.SKIPPED, result.step("after").status());
        assertGone(child(events, "long"));
        assertFalse(Files.exists(tmp.resolve("drone-" + request.runId())));
    }

    @Test
    void anUntrustedJobsExecPipelineDoesNotRun() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = run(RunRequest.builder(exec(step("host", "touch ran.flag"))), events);

        assertEquals(StepStatus.ERROR, result.step("host").status());
        assertTrue(result.step("host").message().contains("only a trusted job may run one"), result.step("host").message());
        assertTrue(events.lines("host").isEmpty());
    }

    @Test
    void aPipelineTimeoutKillsTheRun() {
        PipelineResult result = run(RunRequest.builder(exec(step("slow", "sleep 300"), step("after", "true")))
                .context(TRUSTED).timeout(Duration.ofSeconds(1)), PipelineListener.NONE);

        assertEquals(StepStatus.KILLED, result.status());
        assertEquals(StepStatus.SKIPPED, result.step("after").status());
    }

    @Test
    void aRunSweepsTheExpiredDirectoriesOfDeadRuns() throws Exception {
        Path expired = Files.createDirectories(tmp.resolve("drone-" + "a".repeat(20)).resolve("drone/src"));
        Path recent = Files.createDirectories(tmp.resolve("drone-" + "b".repeat(20)));
        Path other = Files.createDirectories(tmp.resolve("drone-cache"));
        long old = System.currentTimeMillis() - (RunSpec.EXPIRY_SECONDS + 60) * 1000;
        expired.getParent().getParent().toFile().setLastModified(old);
        other.toFile().setLastModified(old);

        run(exec(step("any", "true")), new RecordingListener());

        assertFalse(Files.exists(expired.getParent().getParent()), "a dead run's directory past its expiry is deleted");
        assertTrue(Files.exists(recent), "a directory that may belong to a running run stays");
        assertTrue(Files.exists(other), "what is not a run directory stays");
    }

    private static long child(RecordingListener events, String step) {
        return events.lines(step).stream().filter(l -> l.startsWith("child=")).map(l -> Long.parseLong(l.substring(6)))
                .findFirst().orElseThrow(() -> new AssertionError("no child pid in " + events.lines(step)));
    }

    /** The process is gone (a killed process may take a moment to be reaped). */
    private static void assertGone(long pid) throws InterruptedException {
        for (int i = 0; i < 50 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " still runs");
    }
}
