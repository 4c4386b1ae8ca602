package io.jenkins.plugins.drone.jenkins.migration;

import hudson.Extension;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.BuildListener;
import hudson.model.FreeStyleProject;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.secrets.DroneSecret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle build step "Run Drone pipeline": runs a {@code .drone.yml} from the workspace (or written
 * inline) on the build's node, with the freestyle workspace as the Drone workspace, so later steps and
 * publishers see what the pipeline wrote. Fails the build when a pipeline fails.
 */
public final class DronePipelineStep extends Builder {

    private final String yamlPath;
    private final String yaml;
    private final List<DroneSecret> secrets;

    @DataBoundConstructor
    @CapturedParameterNames({"yamlPath", "yaml", "secrets"})
    public DronePipelineStep(String yamlPath, String yaml, List<DroneSecret> secrets) {
        this.yamlPath = yamlPath == null || yamlPath.isBlank() ? DronePipelineJob.DEFAULT_YAML_PATH : yamlPath.trim();
        this.yaml = yaml == null ? "" : yaml;
        this.secrets = secrets == null ? new ArrayList<>() : new ArrayList<>(secrets);
    }

    /** Path of the pipeline file, relative to the workspace; ignored when inline YAML is given. */
    public String getYamlPath() {
        return yamlPath;
    }

    /** Pipeline text written in the step itself; empty to read {@link #getYamlPath()}. */
    public String getYaml() {
        return yaml;
    }

    /** Whether the step runs its inline YAML rather than a file of the workspace. */
    public boolean isInline() {
        return yaml != null && !yaml.isBlank();
    }

    /** Secrets of this step; they win over global secrets of the same name. */
    public List<DroneSecret> getSecrets() {
        return secrets == null ? Collections.emptyList() : Collections.unmodifiableList(secrets);
    }

    @Override
    public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
            throws InterruptedException, IOException {
        return new FreestylePipelineRun(build, listener).run(this);
    }

    /** Offers the step in freestyle jobs. */
    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return FreeStyleProject.class.isAssignableFrom(jobType);
        }

        @Override
        public String getDisplayName() {
            return Messages.dronePipelineStepDisplayName();
        }
    }
}
