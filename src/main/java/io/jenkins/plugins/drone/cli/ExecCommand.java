package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.engine.ContainerEngine;
import io.jenkins.plugins.drone.engine.PipelineEvent;
import io.jenkins.plugins.drone.engine.PipelineListener;
import io.jenkins.plugins.drone.engine.PipelineResult;
import io.jenkins.plugins.drone.engine.PipelineRun;
import io.jenkins.plugins.drone.engine.RunRequest;
import io.jenkins.plugins.drone.engine.StorageSettings;
import io.jenkins.plugins.drone.engine.SecretSource;
import io.jenkins.plugins.drone.engine.StageScheduler;
import io.jenkins.plugins.drone.engine.StepResult;
import io.jenkins.plugins.drone.engine.StepStatus;
import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import io.jenkins.plugins.drone.engine.process.ProcessEngine;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.PlanOptions;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.Plan;
import io.jenkins.plugins.drone.plan.PlanResult;
import io.jenkins.plugins.drone.spec.bind.ByteSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code exec}: runs a {@code .drone.yml} on the local Docker engine like {@code drone exec} (an exec pipeline's
 * steps as processes here, with {@code --trusted}; docs/pipelines.md#exec-pipelines): the current
 * directory is the workspace (bind mount, no clone), pipelines run one at a time in the order the
 * {@link StageScheduler} decides, logs are prefixed {@code [step:n]}, a summary table follows each, and the
 * exit code is 1 when a pipeline did not succeed. Ctrl-C cancels and cleans up.
 */
final class ExecCommand implements CliCommand {

    /** Marks what this process created, so a test (or a user) can tell its leftovers from others'. */
    static final String PROCESS_LABEL = "io.jenkins.drone.cli.pid";

    @Override
    public Usage usage() {
        return BuildContextOptions.declare(Usage.of(
                        "Run the pipelines of a .drone.yml on the local Docker engine (exec pipelines as processes here, with --trusted), in the current directory.")
                .positional("FILE", ".drone.yml", "the file"))
                .repeatable("--secret", "NAME=VALUE", "a secret for from_secret")
                .value("--pipeline", "NAME", "run only the pipeline of this name")
                .value("--docker-host", "URL", "Docker host (default: DOCKER_HOST or the local socket)")
                .value("--workspace", "DIR", "directory mounted as the workspace (default: the current one)");
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) throws UsageException, IOException {
        SecretSource secrets = SecretSource.of(args.pairs("--secret"));
        String only = args.value("--pipeline", null);
        Path workspace = Path.of(args.value("--workspace", "")).toAbsolutePath();
        BuildContext build = BuildContextOptions.context(args);
        Plan plan = plan(args.file(), build, BuildContextOptions.localChanges(args, build, err), err);
        if (plan == null) {
            return 1;
        }
        List<PipelinePlan> selected = plan.pipelines().stream()
                .filter(p -> only == null ? p.run() : p.name().equals(only)).toList();
        if (selected.isEmpty()) {
            err.println(only == null ? "no pipeline matches this build" : "no pipeline named " + only);
            err.flush();
            return 1;
        }
        selected.stream().filter(p -> !p.runsHere())
                .forEach(p -> out.println("pipeline " + p.name() + ": not run: " + p.reason()));
        ProcessEngine host = new ProcessEngine();
        Supplier<ContainerEngine> docker = docker(args.value("--docker-host", null));
        StageScheduler stages = new StageScheduler(selected, PipelinePlan::runsHere);
        Deque<StageScheduler.Decision> decided = new ArrayDeque<>(stages.next());
        boolean green = true;
        while (!decided.isEmpty()) {
            StageScheduler.Decision decision = decided.removeFirst();
            if (decision instanceof StageScheduler.Start start) {
                RunRequest request = RunRequest.builder(start.pipeline()).context(build)
                        .failedStages(start.failedStages()).hostWorkspace(workspace).secrets(secrets)
                        .label(PROCESS_LABEL, Long.toString(ProcessHandle.current().pid()))
                        .storage(StorageSettings.DEFAULT.withScope("exec " + workspace.toAbsolutePath())).build();
                PipelineResult result = runOne(start.pipeline().runsOnHost() ? host : docker.get(), request, out, err);
                stages.ended(start.index(), result.status().isFailing());
                green &= result.status() == StepStatus.SUCCESS;
            } else {
                out.println("pipeline " + decision.pipeline().name() + ": skipped");
            }
            decided.addAll(stages.next());
        }
        out.flush();
        return green ? 0 : 1;
    }

    /** Substitutes, parses, lints and plans; prints diagnostics; null when there is nothing valid to run. */
    private static Plan plan(Path file, BuildContext build, Supplier<List<String>> changedFiles, PrintWriter err)
            throws IOException {
        PlanResult result = FilePlanner.plan(file.toString(), Files.readString(file), build, PlanOptions.DEFAULT,
                changedFiles);
        result.diagnostics().forEach(d -> err.println(d.format()));
        err.flush();
        return result.ok() ? result.plan() : null;
    }

    /** The local Docker engine, connected when the first docker pipeline runs: exec pipelines need no Docker. */
    private static Supplier<ContainerEngine> docker(String dockerHost) {
        ContainerEngine[] engine = new ContainerEngine[1];
        return () -> {
            if (engine[0] == null) {
                engine[0] = DockerContainerEngine.connect(dockerHost);
            }
            return engine[0];
        };
    }

    private static PipelineResult runOne(ContainerEngine engine, RunRequest request, PrintWriter out,
                                         PrintWriter err) {
        PipelineRun run = PipelineRun.create(engine, request, new Printer(out, err));
        CountDownLatch finished = new CountDownLatch(1);
        Thread onExit = new Thread(() -> {
            err.println("terminating: cancelling the pipeline and removing its containers");
            err.flush();
            run.cancel();
            try {
                finished.await(30, TimeUnit.SECONDS); // the JVM must not exit before the cleanup is done
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1); // like drone exec: a cancelled run exits 1, not with the signal's code
        }, "drone-exec-cancel");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            PipelineResult result = run.execute();
            summary(result, out);
            return result;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and waits for us
            }
        }
    }

    private static void summary(PipelineResult result, PrintWriter out) {
        out.println();
        out.printf("%-24s %-8s %5s %9s %10s %10s %10s%n", "STEP", "STATUS", "EXIT", "TIME", "PEAK MEM", "READ", "WRITTEN");
        for (StepResult step : result.steps()) {
            var f = step.figures();
            out.printf("%-24s %-8s %5d %8.1fs %10s %10s %10s%n", step.name(), step.status().word(), step.exitCode(),
                    f.wallMillis() / 1000.0, bytes(f.peakMemoryBytes()), bytes(f.blockReadBytes()), bytes(f.blockWriteBytes()));
        }
        out.println("pipeline " + result.pipeline() + ": " + result.status().word());
        out.flush();
    }

    private static String bytes(long n) {
        return n < 0 ? "-" : ByteSize.display(n);
    }


    /** Prints events Drone-style: {@code [step:n] line}, n counting lines across the whole pipeline. */
    private static final class Printer implements PipelineListener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final AtomicInteger lines = new AtomicInteger();

        Printer(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public synchronized void on(PipelineEvent event) {
            if (event instanceof PipelineEvent.StepLog log) {
                out.println("[" + log.step() + ":" + lines.incrementAndGet() + "] " + log.line());
                out.flush();
            } else if (event instanceof PipelineEvent.CacheUsed cache) {
                out.println("cache " + cache.volume() + ": " + cache.outcome() + " " + cache.key()
                        + (cache.saved() ? ", saved " + bytes(cache.sizeBytes()) : ", not saved"));
                out.flush();
            } else if (event instanceof PipelineEvent.Warning warning) {
                err.println("warning: " + warning.message());
                err.flush();
            } else if (event instanceof PipelineEvent.StepFinished f && f.status() == StepStatus.ERROR) {
                err.println("[" + f.step() + "] error: " + f.message());
                err.flush();
            }
        }
    }
}
