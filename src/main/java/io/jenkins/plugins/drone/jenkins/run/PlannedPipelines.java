package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;

import hudson.model.AbstractBuild;
import hudson.model.Result;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.jenkins.logs.LogFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the planned pipelines of a build, for every job type: records them on the build's
 * {@link PipelinesAction} (status pages, api/json), then lets a {@link PipelineScheduler} start them
 * through the caller's dispatcher, and returns the build result Drone would give them.
 *
 * @param context        the build, as the planner saw it (clone URL, ref, commit)
 * @param secrets        values for {@code from_secret}, by lower-case name
 * @param timeoutSeconds limit per pipeline
 * @param hostWorkspace  a directory on the node to use as the workspace (no clone), or null for a volume
 */
public record PlannedPipelines(BuildContext context, Map<String, String> secrets, long timeoutSeconds,
                               String hostWorkspace) {

    /** Runs {@code plans} of {@code build}; interrupting the thread aborts them all (and is rethrown). */
    public Result run(AbstractBuild<?, ?> build, List<PipelinePlan> plans, PipelineScheduler.Dispatcher dispatcher,
                      PrintStream console) throws IOException, InterruptedException {
        PipelinesAction action = build.getAction(PipelinesAction.class);
        if (action == null) {
            action = new PipelinesAction(build);
            build.addAction(action);
        }
        int first = action.getPipelines().size();
        List<PipelineRecord> records = new ArrayList<>();
        for (PipelinePlan plan : plans) {
            records.add(action.record(plan));
            if (!plan.run()) {
                console.println("[" + plan.name() + "] skipped: " + plan.reason());
            }
        }
        build.save();
        if (plans.stream().noneMatch(PipelinePlan::run)) {
            console.println("No pipeline matches this build; nothing to run.");
            return Result.SUCCESS;
        }
        new PipelineScheduler(plans, records,
                i -> new PipelineExecution(build, plans.get(i), records.get(i), LogFiles.pipelineDir(build, first + i), context,
                        secrets, timeoutSeconds, hostWorkspace, console),
                dispatcher, console).run();
        return DroneStatus.toResult(records.stream().map(PipelineRecord::status).toList());
    }
}
