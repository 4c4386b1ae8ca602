package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.secrets.DroneSecret;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.PlanResult;
import io.jenkins.plugins.drone.plan.Planner;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a Drone pipeline build does on the controller: resolve the commit, read and lint the pipeline file,
 * plan it, then hand each pipeline to the queue and wait for all of them. Nothing runs when the file has
 * errors; they are printed as {@code FILE:LINE:COL: message}.
 */
final class BuildProcess {

    private final DronePipelineBuild build;
    private final DronePipelineJob job;
    private final PrintStream console;

    BuildProcess(DronePipelineBuild build, PrintStream console) {
        this.build = build;
        this.job = build.getParent();
        this.console = console;
    }

    Result run() throws InterruptedException, IOException {
        if (job.getRepositoryUrl().isEmpty()) {
            console.println("ERROR: the job has no repository URL; configure one.");
            return Result.FAILURE;
        }
        BuildRequest request = BuildRequest.of(build, job.getBranch(), CronCauses.cronName(build));
        console.println("Reading " + job.getYamlPath() + " at " + request.ref() + " of " + job.getRepositoryUrl());
        RepositoryReader.Snapshot snapshot;
        try {
            snapshot = new RepositoryReader(new File(Hudson.getInstance().getRootDir(), "cache/drone-pipeline"))
                    .read(job.getRepositoryUrl(), request.ref(), job.getYamlPath());
        } catch (IOException e) {
            console.println("ERROR: " + e.getMessage());
            return Result.FAILURE;
        }
        build.resolved(snapshot.commit(), request.ref(), request.event());
        console.println("Commit " + snapshot.commit() + ", event " + request.event());
        if (snapshot.file() == null) {
            console.println("ERROR: " + job.getYamlPath() + " does not exist at " + snapshot.commit());
            return Result.FAILURE;
        }
        boolean trusted = job.isTrusted();
        ParseResult parsed = ManifestParser.parse(job.getYamlPath(), snapshot.file());
        if (!report(Linter.check(parsed, trusted))) {
            return Result.FAILURE;
        }
        BuildContext context = BuildContexts.of(job.getRepositoryUrl(), request, snapshot, build.getNumber(),
                build.getTimeInMillis(), Hudson.getInstance().getRootUrl(), build.getUrl(), trusted);
        PlanResult planned = Planner.plan(parsed.manifest(), context);
        if (!report(planned.diagnostics()) || !planned.ok()) {
            return Result.FAILURE;
        }
        return execute(planned.plan().pipelines(), context, request);
    }

    private Result execute(List<PipelinePlan> plans, BuildContext context, BuildRequest request)
            throws InterruptedException, IOException {
        List<PipelineRecord> records = new ArrayList<>();
        for (PipelinePlan plan : plans) {
            records.add(new PipelineRecord(plan));
            if (!plan.run()) {
                console.println("[" + plan.name() + "] skipped: " + plan.reason());
            }
        }
        build.planned(records);
        if (plans.stream().noneMatch(PipelinePlan::run)) {
            console.println("No pipeline matches this build; nothing to run.");
            return Result.SUCCESS;
        }
        Map<String, String> secrets = DroneSecret.resolve(job.getDescriptor().getSecrets(), job.getSecrets(),
                "pull_request".equals(request.event()));
        long timeoutSeconds = job.getTimeoutMinutes() * 60L;
        PipelineScheduler scheduler = new PipelineScheduler(plans, records,
                i -> new PipelineExecution(build, plans.get(i), records.get(i), i, context, secrets, timeoutSeconds, console),
                job.getAgentLabel(), console);
        try {
            scheduler.run();
        } catch (InterruptedException e) {
            return Result.ABORTED;
        }
        return BuildResults.of(records);
    }

    /** Prints every diagnostic; true when none is an error. */
    private boolean report(List<Diagnostic> diagnostics) {
        boolean ok = true;
        for (Diagnostic diagnostic : diagnostics) {
            console.println(diagnostic.format());
            ok &= !diagnostic.isError();
        }
        if (!ok) {
            console.println("ERROR: " + job.getYamlPath() + " has errors; nothing was run.");
        }
        return ok;
    }
}
