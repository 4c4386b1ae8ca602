package io.jenkins.plugins.drone.jenkins.migration;

import hudson.FilePath;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import io.jenkins.plugins.drone.jenkins.logs.PlainConsole;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.PlanLoader;
import io.jenkins.plugins.drone.jenkins.run.PlannedPipelines;
import io.jenkins.plugins.drone.jenkins.secrets.DroneCredentials;
import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.Plan;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * What one "Run Drone pipeline" step does in a freestyle build: read the pipeline file from the workspace
 * (or take the inline text), lint and plan it, then run its pipelines in dependency order on the build's own
 * node with the workspace bind-mounted as the Drone workspace, recording them in the build's
 * {@code PipelinesAction}.
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
        this.console = PlainConsole.of(listener.getLogger());
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
        DroneSettings drone = DroneSettings.get();
        BuildContext context = FreestyleBuildContexts.of(build, build.getEnvironment(listener),
                drone.isTrusted(build.getProject().getFullName()));
        Plan plan = PlanLoader.load(fileName, step.isInline() ? step.getYaml() : file.readToString(), context, console);
        if (plan == null) {
            return false;
        }
        Map<String, String> secrets = DroneCredentials.combine(drone,
                DroneCredentials.of(step.getSecrets(), List.of(), List.of())).secretValues(false);
        return execute(plan.pipelines(), context, secrets, workspace.getRemote());
    }

    private boolean execute(List<PipelinePlan> plans, BuildContext context, Map<String, String> secrets,
                            String workspace) throws IOException, InterruptedException {
        PlannedPipelines pipelines = new PlannedPipelines(context, secrets, DronePipelineJob.DEFAULT_TIMEOUT_MINUTES * 60L,
                workspace, GitAuth.NONE);
        Result result = pipelines.run(build, plans, new BuildNodeDispatcher(build.getBuiltOn(), build.getFullDisplayName()),
                console);
        build.save();
        if (result != Result.SUCCESS) {
            console.println("ERROR: the Drone pipeline ended with " + result + "; failing this build step.");
        }
        return result == Result.SUCCESS;
    }
}
