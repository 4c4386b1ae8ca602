package io.jenkins.plugins.drone.jenkins.migration;

import hudson.FilePath;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.BuildResults;
import io.jenkins.plugins.drone.jenkins.run.PipelineExecution;
import io.jenkins.plugins.drone.jenkins.run.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.run.PipelineScheduler;
import io.jenkins.plugins.drone.jenkins.run.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.run.PlanLoader;
import io.jenkins.plugins.drone.jenkins.secrets.DroneSecret;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.Plan;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one "Run Drone pipeline" step does in a freestyle build: read the pipeline file from the workspace
 * (or take the inline text), lint and plan it, then run its pipelines in dependency order on the build's own
 * node with the workspace bind-mounted as the Drone workspace, recording them in the build's
 * {@link PipelinesAction}.
 */
final class FreestylePipelineRun {

    /** The file name diagnostics of inline YAML carry. */
    static final String INLINE_FILE_NAME = "inline.drone.yml";

    private final AbstractBuild<?, ?> build;
    private final BuildListener listener;
    private final PrintStream console;

    FreestylePipelineRun(AbstractBuild<?, ?> build, BuildListener listener) {
        this.build = build;
        this.listener = listener;
        this.console = listener.getLogger();
    }

    /** True when every pipeline that ran succeeded; interrupting the thread stops them all. */
    boolean run(DronePipelineStep step) throws IOException, InterruptedException {
        FilePath workspace = build.getWorkspace();
        if (workspace == null) {
            console.println("ERROR: this build has no workspace to run the Drone pipeline in.");
            return false;
        }
        String fileName = step.isInline() ? INLINE_FILE_NAME : step.getYamlPath();
        FilePath file = workspace.child(fileName);
        if (!step.isInline() && !file.exists()) {
            console.println("ERROR: " + fileName + " does not exist in the workspace " + workspace.getRemote());
            return false;
        }
        console.println(step.isInline() ? "Running the pipeline written in this build step"
                : "Running " + fileName + " from the workspace");
        DronePipelineJob.DescriptorImpl drone = Hudson.getInstance().getDescriptorByType(DronePipelineJob.DescriptorImpl.class);
        BuildContext context = FreestyleBuildContexts.of(build, build.getEnvironment(listener),
                drone.isTrusted(build.getProject().getFullName()));
        Plan plan = PlanLoader.load(fileName, step.isInline() ? step.getYaml() : file.readToString(), context, console);
        if (plan == null) {
            return false;
        }
        Map<String, String> secrets = DroneSecret.resolve(drone.getSecrets(), step.getSecrets(), false);
        return execute(plan.pipelines(), context, secrets, workspace.getRemote());
    }

    private boolean execute(List<PipelinePlan> plans, BuildContext context, Map<String, String> secrets,
                            String workspace) throws IOException, InterruptedException {
        PipelinesAction action = pipelinesAction();
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
            return true;
        }
        long timeoutSeconds = DronePipelineJob.DEFAULT_TIMEOUT_MINUTES * 60L;
        new PipelineScheduler(plans, records,
                i -> new PipelineExecution(build, plans.get(i), records.get(i), action.logDir(first + i), context,
                        secrets, timeoutSeconds, workspace, console),
                new BuildNodeDispatcher(build.getBuiltOn(), build.getFullDisplayName()), console).run();
        build.save();
        Result result = BuildResults.of(records);
        if (result != Result.SUCCESS) {
            console.println("ERROR: the Drone pipeline ended with " + result + "; failing this build step.");
        }
        return result == Result.SUCCESS;
    }

    /** The build's pipelines action; a second Drone step in the same build adds its pipelines to it. */
    private PipelinesAction pipelinesAction() {
        PipelinesAction action = build.getAction(PipelinesAction.class);
        if (action == null) {
            action = new PipelinesAction(build);
            build.addAction(action);
        }
        return action;
    }
}
