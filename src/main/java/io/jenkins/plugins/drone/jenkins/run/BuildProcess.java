package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.jenkins.scm.LearnedHostKeys;
import io.jenkins.plugins.drone.jenkins.scm.RepositoryReader;

import hudson.model.Hudson;
import io.jenkins.plugins.drone.jenkins.approval.ApprovalGate;
import io.jenkins.plugins.drone.jenkins.approval.ApprovalWait;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.job.JobSafety;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.secrets.WithheldSecrets;
import io.jenkins.plugins.drone.jenkins.status.BuildStatuses;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.Plan;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a Drone pipeline build does on the controller: resolve the commit, read and lint the pipeline file,
 * plan it, hold it for approval when the {@link ApprovalGate} says so, then hand each pipeline to the queue and
 * wait for all of them, reporting commit statuses to the job's forge on the way. Nothing runs when the file has
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
        List<String> problems = job.getConfigurationProblems();
        problems.forEach(problem -> console.println("ERROR: " + problem));
        if (!problems.isEmpty()) {
            return Result.FAILURE;
        }
        BuildRequest request;
        try {
            request = BuildRequest.of(build, job.getBranch(), CronCauses.cronName(build));
        } catch (IllegalArgumentException e) {
            console.println("ERROR: " + e.getMessage());
            return Result.FAILURE;
        }
        console.println("Reading " + job.getYamlPath() + " at " + request.ref() + " of " + job.getRepositoryUrl());
        RepositoryReader.Snapshot snapshot;
        GitAuth auth;
        GitAuth agentAuth;
        try {
            auth = job.gitAuth();
            snapshot = RepositoryReader.forController().read(job.getRepositoryUrl(), request.ref(), request.commit(),
                    job.getYamlPath(), auth);
            agentAuth = LearnedHostKeys.forController().forAgent(auth);
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
        BuildEvent hook = build.getAction(BuildEvent.class);
        if (hook != null) {
            context = hook.applyTo(context);
        } else {
            hook = BuildEvent.of(context);
            build.addAction(hook);
        }
        build.describe(hook.summary());
        if (build.getAction(RedeployAction.class) == null) {
            build.addAction(new RedeployAction());
        }
        String file = pipelineFile(context, snapshot.file(), auth);
        Plan plan = file == null ? null : PlanLoader.load(job.getYamlPath(), file, context,
                BuildChanges.of(RepositoryReader.forController(), job.getRepositoryUrl(), context, auth, console),
                console);
        if (plan == null) {
            return Result.FAILURE;
        }
        BuildStatuses statuses = BuildStatuses.of(build, job.getForge(), context.commit(), context.event(), console);
        try {
            return execute(plan.pipelines(), context, request, file, statuses, agentAuth);
        } finally {
            if (statuses != null) {
                statuses.awaitSent();
            }
        }
    }

    /** The secret values a build of {@code job} for {@code event} may use (fork pull requests get fewer or none). */
    static Map<String, String> secrets(DronePipelineJob job, String event, boolean fork) {
        return job.getCredentials().secretValues("pull_request".equals(event), fork, job.getSafety().isForkSecrets());
    }

    /** The file to plan: for a fork PR of a job that asks for it, the target branch's (null when it has none). */
    private String pipelineFile(BuildContext context, String own, GitAuth auth) {
        if (!context.fork() || !job.getSafety().isForkFileFromTarget()) {
            return own;
        }
        String target = "refs/heads/" + context.branch();
        console.println("Pull request from a fork: using " + job.getYamlPath() + " of " + target);
        try {
            String file = RepositoryReader.forController().read(job.getRepositoryUrl(), target, job.getYamlPath(), auth)
                    .file();
            if (file == null) {
                console.println("ERROR: " + job.getYamlPath() + " does not exist on " + target);
            }
            return file;
        } catch (IOException e) {
            console.println("ERROR: " + e.getMessage());
            return null;
        }
    }

    private Result execute(List<PipelinePlan> plans, BuildContext context, BuildRequest request, String file,
                           BuildStatuses statuses, GitAuth auth) throws InterruptedException, IOException {
        JobSafety safety = job.getSafety();
        BiConsumer<DroneStatus, String> report = (status, why) -> {
            if (statuses != null) {
                plans.stream().filter(PipelinePlan::run).forEach(p -> statuses.pipeline(p.name(), status, why));
            }
        };
        Map<String, String> secrets = secrets(job, request.event(), context.fork());
        List<String> withheld = context.fork() ? WithheldSecrets.of(plans, secrets, safety.isForkSecrets()
                ? "pull requests from forks get only the secrets marked for pull requests"
                : "pull requests from forks get no secrets in this job") : List.of();
        if (!withheld.isEmpty()) {
            withheld.forEach(message -> console.println("ERROR: " + message));
            report.accept(DroneStatus.ERROR, "a step needs a secret that a pull request from a fork does not get");
            return Result.FAILURE;
        }
        PlannedPipelines pipelines = new PlannedPipelines(context, secrets, job.getTimeoutMinutes() * 60L, null, auth);
        try {
            List<String> reasons = ApprovalGate.reasons(context, safety, file);
            if (!reasons.isEmpty() && !ApprovalWait.hold(build, reasons, plans, console, report)) {
                return Result.NOT_BUILT;
            }
            return pipelines.run(build, plans, PipelineScheduler.queue(job.getAgentLabel(), console), console,
                    statuses == null ? record -> { } : statuses::changed);
        } catch (InterruptedException e) {
            return Result.ABORTED;
        }
    }
}
