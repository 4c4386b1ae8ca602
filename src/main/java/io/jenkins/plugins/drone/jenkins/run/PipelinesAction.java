package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.AbstractBuild;
import hudson.model.Action;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The pipelines of one build (a Drone pipeline build, or a freestyle build with a "Run Drone pipeline"
 * step) with their steps' status: what the build page, dashboards and {@code api/json} show. Persisted
 * with the build; per-step logs live in files next to it.
 */
@ExportedBean
public final class PipelinesAction implements Action {

    private final List<PipelineRecord> pipelines = new ArrayList<>();
    private transient AbstractBuild<?, ?> build;

    public PipelinesAction(AbstractBuild<?, ?> build) {
        this.build = build;
    }

    /** Pipelines in file order with their steps. */
    @Exported(inline = true)
    public synchronized List<PipelineRecord> getPipelines() {
        return Collections.unmodifiableList(new ArrayList<>(pipelines));
    }

    /** The pipeline with this name, or null. */
    public synchronized PipelineRecord pipeline(String name) {
        return pipelines.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
    }

    /** The build this action belongs to. */
    public AbstractBuild<?, ?> getBuild() {
        return build;
    }

    /** Where the logs of the pipeline at {@code index} (file order) are kept. */
    public File logDir(int index) {
        return LogFiles.pipelineDir(build.getRootDir(), index);
    }

    /** The log file of a step, or null when there is no such step. */
    public synchronized File logFile(String pipeline, String step) {
        for (int i = 0; i < pipelines.size(); i++) {
            PipelineRecord record = pipelines.get(i);
            if (record.getName().equals(pipeline) && record.step(step) != null) {
                return new File(logDir(i), record.step(step).getLogFile());
            }
        }
        return null;
    }

    /** Adds the record of a planned pipeline (file order) and returns it. */
    public synchronized PipelineRecord record(io.jenkins.plugins.drone.plan.PipelinePlan plan) {
        PipelineRecord record = new PipelineRecord(plan);
        pipelines.add(record);
        return record;
    }

    /** Re-attaches the build after loading from disk. */
    void attach(AbstractBuild<?, ?> owner) {
        build = owner;
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Pipelines";
    }

    @Override
    public String getUrlName() {
        return "drone";
    }
}
