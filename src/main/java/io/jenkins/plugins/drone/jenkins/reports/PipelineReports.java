package io.jenkins.plugins.drone.jenkins.reports;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.drone.engine.WorkspaceCollection;
import io.jenkins.plugins.drone.jenkins.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * One "reports" block of a Drone pipeline job: which files of a pipeline's workspace (every pipeline's when no
 * name is given) are archived as artifacts and read as JUnit reports after its steps (docs/jobs.md#test-reports-and-artifacts).
 * Globs are separated by commas or new lines.
 */
public final class PipelineReports extends AbstractDescribableImpl<PipelineReports> {

    private final String pipeline;
    private final String artifacts;
    private final String testReports;

    @DataBoundConstructor
    @CapturedParameterNames({"pipeline", "artifacts", "testReports"})
    public PipelineReports(String pipeline, String artifacts, String testReports) {
        this.pipeline = trim(pipeline);
        this.artifacts = trim(artifacts);
        this.testReports = trim(testReports);
    }

    /** The pipeline's name; empty for every pipeline. */
    public String getPipeline() {
        return trim(pipeline);
    }

    /** Globs of files to archive. */
    public String getArtifacts() {
        return trim(artifacts);
    }

    /** Globs of JUnit XML files. */
    public String getTestReports() {
        return trim(testReports);
    }

    /** What to collect from the pipeline {@code name}: the globs of every block for it or for every pipeline. */
    public static WorkspaceCollection collectionFor(List<PipelineReports> blocks, String name) {
        List<String> artifacts = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        for (PipelineReports block : blocks) {
            if (block.getPipeline().isEmpty() || block.getPipeline().equals(name)) {
                artifacts.addAll(globs(block.getArtifacts()));
                reports.addAll(globs(block.getTestReports()));
            }
        }
        return new WorkspaceCollection(artifacts, reports, WorkspaceCollection.DEFAULT_MAX_BYTES);
    }

    /** The globs of a field: split at commas and new lines, blanks dropped, a leading "./" or "/" ignored. */
    static List<String> globs(String field) {
        return Arrays.stream(field.split("[,\\n]")).map(String::trim).map(g -> g.replaceFirst("^(\\./|/)+", ""))
                .filter(g -> !g.isEmpty()).toList();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    /** Form and help for a reports block. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<PipelineReports> {
        @Override
        public String getDisplayName() {
            return Messages.pipelineReportsDisplayName();
        }
    }
}
