package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.AbstractBuild;
import hudson.model.Result;
import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.engine.RunRequest;
import io.jenkins.plugins.drone.engine.SecretSource;
import io.jenkins.plugins.drone.engine.StorageSettings;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.logs.LogFiles;
import io.jenkins.plugins.drone.jenkins.remoting.LiveRuns;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.secrets.RegistryCredential;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs the planned pipelines of a build, for every job type: records them on the build's
 * {@link PipelinesAction} (status pages, api/json), then lets a {@link PipelineScheduler} start them
 * through the caller's dispatcher, and returns the build result Drone would give them.
 *
 * @param context        the build, as the planner saw it (clone URL, ref, commit)
 * @param secrets        values for {@code from_secret}, by lower-case name
 * @param timeoutSeconds limit per pipeline
 * @param hostWorkspace  a directory on the node to use as the workspace (no clone), or null for a volume
 * @param gitAuth        the repository's credentials for the clone
 */
public record PlannedPipelines(BuildContext context, Map<String, String> secrets, long timeoutSeconds,
                               String hostWorkspace, GitAuth gitAuth) {

    /** Runs {@code plans} of {@code build}; interrupting the thread aborts them all (and is rethrown). */
    public Result run(AbstractBuild<?, ?> build, List<PipelinePlan> plans, PipelineScheduler.Dispatcher dispatcher,
                      PrintStream console) throws IOException, InterruptedException {
        return run(build, plans, dispatcher, console, record -> { });
    }

    /** Runs {@code plans} as above; {@code changes} hears of every status change of a pipeline that runs. */
    public Result run(AbstractBuild<?, ?> build, List<PipelinePlan> plans, PipelineScheduler.Dispatcher dispatcher,
                      PrintStream console, Consumer<PipelineRecord> changes) throws IOException, InterruptedException {
        PipelinesAction action = build.getAction(PipelinesAction.class);
        if (action == null) {
            action = new PipelinesAction(build);
            build.addAction(action);
        }
        int first = action.getPipelines().size();
        List<PipelineRecord> records = new ArrayList<>();
        for (PipelinePlan plan : plans) {
            PipelineRecord record = action.record(plan);
            record.observe(changes);
            records.add(record);
            if (!plan.run()) {
                console.println("[" + plan.name() + "] skipped: " + plan.reason());
            }
        }
        build.save();
        if (build instanceof DronePipelineBuild resumable) {
            UnfinishedBuilds.track(resumable);
        }
        for (int i = 0; i < plans.size(); i++) {
            StoredRequests.store(LogFiles.pipelineDir(build, first + i), request(build, plans.get(i)));
        }
        if (plans.stream().noneMatch(PipelinePlan::run)) {
            console.println("No pipeline matches this build; nothing to run.");
            return Result.SUCCESS;
        }
        return schedule(build, plans, records, i -> request(build, plans.get(i)), first, dispatcher, console);
    }

    /**
     * Continues the pipelines of a build the controller was running when it went down: the {@code records} the
     * build saved, with the requests stored for them ({@code stored}, null for a pipeline not dispatched yet). Those
     * that ended stay as they are, running ones are resumed on their node, the others run as they would have.
     */
    public Result resume(AbstractBuild<?, ?> build, List<PipelinePlan> plans, List<PipelineRecord> records,
                         List<RunRequest> stored, PipelineScheduler.Dispatcher dispatcher, PrintStream console,
                         Consumer<PipelineRecord> changes) throws InterruptedException {
        records.forEach(record -> record.observe(changes));
        return schedule(build, plans, records, i -> stored.get(i) == null ? request(build, plans.get(i))
                : request(build, plans.get(i)).withFailedStages(stored.get(i).failedStages()), 0, dispatcher, console);
    }

    private Result schedule(AbstractBuild<?, ?> build, List<PipelinePlan> plans, List<PipelineRecord> records,
                            IntFunction<RunRequest> requests, int first, PipelineScheduler.Dispatcher dispatcher,
                            PrintStream console) throws InterruptedException {
        new PipelineScheduler(plans, records,
                i -> new PipelineExecution(build, records.get(i), LogFiles.pipelineDir(build, first + i), requests.apply(i),
                        console),
                dispatcher, console).run();
        return DroneStatus.toResult(records.stream().map(PipelineRecord::status).toList());
    }

    /**
     * What the agent gets for one pipeline, built here once: only the secrets the pipeline names, the registry
     * credentials its images need and the git credentials when it clones go with it; the labels let the
     * janitor find what it leaves behind.
     */
    private RunRequest request(AbstractBuild<?, ?> build, PipelinePlan plan) {
        String job = build.getParent().getFullName();
        String registries = RegistryCredential.dockerConfigJson(DroneSettings.get().registries());
        return RunRequest.builder(plan).context(context)
                .runId(RunIds.of(LiveRuns.controllerId(), job, build.getNumber(), plan.name()))
                .label(LiveRuns.CONTROLLER_LABEL, LiveRuns.controllerId())
                .label("io.jenkins.drone.job", job)
                .label("io.jenkins.drone.build", String.valueOf(build.getNumber()))
                .label("io.jenkins.drone.pipeline", plan.name())
                .timeout(timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds) : null)
                .hostWorkspace(hostWorkspace == null ? null : Path.of(hostWorkspace))
                .registryConfigs(List.of(registries))
                .secrets(SecretSource.of(secrets))
                .gitAuth(gitAuth)
                .logLimit(DroneSettings.get().getLogLimitBytes())
                .storage(StorageSettings.DEFAULT.withScope(cacheScope(build)))
                .build();
    }

    /**
     * The job's cache scope; a pull request from a fork gets a scope of its own (per source repository), so code
     * nobody approved can neither read the job's caches nor leave anything in them (docs/pipelines.md#caches).
     */
    private String cacheScope(AbstractBuild<?, ?> build) {
        String scope = build.getParent() instanceof DronePipelineJob drone ? drone.effectiveCacheScope()
                : build.getParent().getFullName();
        return context.fork() ? scope + " fork " + context.sourceRepo() : scope;
    }
}
