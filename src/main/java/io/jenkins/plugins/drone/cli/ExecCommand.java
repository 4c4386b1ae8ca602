package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.engine.PipelineEvent;
import io.jenkins.plugins.drone.engine.PipelineListener;
import io.jenkins.plugins.drone.engine.PipelineResult;
import io.jenkins.plugins.drone.engine.PipelineRun;
import io.jenkins.plugins.drone.engine.SecretSource;
import io.jenkins.plugins.drone.engine.StepResult;
import io.jenkins.plugins.drone.engine.StepStatus;
import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.PlanOptions;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.Plan;
import io.jenkins.plugins.drone.plan.PlanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exec}: runs a {@code .drone.yml} on the local Docker engine like {@code drone exec}: the current
 * directory is the workspace (bind mount, no clone), logs are prefixed {@code [step:n]}, a summary table
 * follows, and the exit code is 1 when a pipeline did not succeed. Ctrl-C cancels and cleans up.
 */
@Command(name = "exec", mixinStandardHelpOptions = true,
        description = "Run the pipelines of a .drone.yml on the local Docker engine, in the current directory.")
final class ExecCommand implements Callable<Integer> {

    /** Marks what this process created, so a test (or a user) can tell its leftovers from others'. */
    static final String PROCESS_LABEL = "io.jenkins.drone.cli.pid";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", defaultValue = ".drone.yml", description = "the file (default: .drone.yml)")
    private Path file;

    @CommandLine.Mixin
    private BuildContextOptions buildOptions;

    @Option(names = "--secret", description = "a secret for from_secret, NAME=VALUE (repeatable)")
    private Map<String, String> secrets = new LinkedHashMap<>();
    @Option(names = "--pipeline", description = "run only the pipeline of this name") private String only;
    @Option(names = "--docker-host", description = "Docker host (default: DOCKER_HOST or the local socket)")
    private String dockerHost;
    @Option(names = "--workspace", description = "directory mounted as the workspace (default: the current one)")
    private Path workspace = Path.of("");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildContext build = buildOptions.context();
        Plan plan = plan(build, err);
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
        DockerContainerEngine engine = DockerContainerEngine.connect(dockerHost);
        Map<String, StepStatus> done = new LinkedHashMap<>();
        boolean green = true;
        for (PipelinePlan pipeline : selected) {
            if (!pipeline.runsHere()) {
                out.println("pipeline " + pipeline.name() + ": not run: " + pipeline.reason());
                done.put(pipeline.name(), StepStatus.SKIPPED);
                continue;
            }
            if (!dependenciesAllow(pipeline, done)) {
                out.println("pipeline " + pipeline.name() + ": skipped");
                done.put(pipeline.name(), StepStatus.SKIPPED);
                continue;
            }
            List<String> failedStages = done.entrySet().stream().filter(e -> e.getValue().isFailing()).map(Map.Entry::getKey).toList();
            PipelineResult result = runOne(engine, pipeline, build, failedStages, out, err);
            done.put(pipeline.name(), result.status());
            green &= result.status() == StepStatus.SUCCESS;
        }
        out.flush();
        return green ? 0 : 1;
    }

    /** Substitutes, parses, lints and plans; prints diagnostics; null when there is nothing valid to run. */
    private Plan plan(BuildContext build, PrintWriter err) throws IOException {
        PlanResult result = FilePlanner.plan(file.toString(), Files.readString(file), build, PlanOptions.DEFAULT);
        result.diagnostics().forEach(d -> err.println(d.format()));
        err.flush();
        return result.ok() ? result.plan() : null;
    }

    /** Drone's stage rule, applied to what ran in this process: failures skip on-success pipelines and vice versa. */
    private static boolean dependenciesAllow(PipelinePlan pipeline, Map<String, StepStatus> done) {
        if (pipeline.dependsOn().isEmpty()) {
            return true;
        }
        boolean failed = done.values().stream().anyMatch(StepStatus::isFailing);
        return pipeline.runsAfterDependencies(failed);
    }

    private PipelineResult runOne(DockerContainerEngine engine, PipelinePlan pipeline, BuildContext build,
                                  List<String> failedStages, PrintWriter out, PrintWriter err) {
        PipelineRun run = PipelineRun.builder(engine, pipeline).build(build).failedStages(failedStages)
                .hostWorkspace(workspace.toAbsolutePath()).secrets(SecretSource.of(secrets))
                .label(PROCESS_LABEL, Long.toString(ProcessHandle.current().pid()))
                .listener(new Printer(out, err)).create();
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
        if (n < 0) {
            return "-";
        }
        return n < 1024 * 1024 ? (n / 1024) + " KiB" : String.format("%.1f MiB", n / 1048576.0);
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
