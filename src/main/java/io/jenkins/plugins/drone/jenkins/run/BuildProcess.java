package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.jenkins.scm.LearnedHostKeys;
import io.jenkins.plugins.drone.jenkins.scm.RepositoryReader;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.Plan;
import java.io.IOException;
import java.io.PrintStream;
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
        GitAuth auth;
        try {
            auth = job.gitAuth();
            snapshot = RepositoryReader.forController().read(job.getRepositoryUrl(), request.ref(), job.getYamlPath(),
                    auth);
            auth = LearnedHostKeys.forController().forAgent(auth);
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
        BuildContext context = BuildContexts.of(job.getRepositoryUrl(), request, snapshot, build.getNumber(),
                build.getTimeInMillis(), Hudson.getInstance().getRootUrl(), build.getUrl(), job.isTrusted());
        Plan plan = PlanLoader.load(job.getYamlPath(), snapshot.file(), context, console);
        if (plan == null) {
            return Result.FAILURE;
        }
        return execute(plan.pipelines(), context, request, auth);
    }

    private Result execute(List<PipelinePlan> plans, BuildContext context, BuildRequest request, GitAuth auth)
            throws InterruptedException, IOException {
        Map<String, String> secrets = job.getCredentials().secretValues("pull_request".equals(request.event()));
        PlannedPipelines pipelines = new PlannedPipelines(context, secrets, job.getTimeoutMinutes() * 60L, null, auth);
        try {
            return pipelines.run(build, plans, PipelineScheduler.queue(job.getAgentLabel(), console), console);
        } catch (InterruptedException e) {
            return Result.ABORTED;
        }
    }
}
