package io.jenkins.plugins.drone.jenkins.records;

import hudson.ExtensionList;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.Hudson;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The pipelines of one build (a Drone pipeline build, or a freestyle build with a "Run Drone pipeline"
 * step) with their steps' status, persisted with the build: what dashboards and {@code api/json} show. Its
 * page at {@code drone/} is the {@link RecordsView} the ui layer provides.
 */
@ExportedBean
public final class PipelinesAction implements Action, StaplerProxy {

    private static final String ICON = "/drone-static/drone.svg";

    private final List<PipelineRecord> pipelines = new ArrayList<>();
    /** The owning build is found again by name after a restart (Hudson 1.395 has no hook that hands it over). */
    private final String jobFullName;
    private final int buildNumber;
    private transient AbstractBuild<?, ?> build;

    public PipelinesAction(AbstractBuild<?, ?> build) {
        this.build = build;
        this.jobFullName = build.getParent().getFullName();
        this.buildNumber = build.getNumber();
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
        if (build == null) {
            AbstractProject<?, ?> job = Hudson.getInstance().getItemByFullName(jobFullName, AbstractProject.class);
            build = job == null ? null : job.getBuildByNumber(buildNumber);
        }
        return build;
    }

    /** Adds the record of a planned pipeline (file order) and returns it. */
    public synchronized PipelineRecord record(PipelinePlan plan) {
        PipelineRecord record = new PipelineRecord(plan);
        pipelines.add(record);
        return record;
    }

    /** The page of these records, as the ui layer serves it. */
    @Override
    public Object getTarget() {
        ExtensionList<RecordsView> views = Hudson.getInstance().getExtensionList(RecordsView.class);
        return views.isEmpty() ? this : views.get(0).of(this);
    }

    @Override
    public String getIconFileName() {
        return ICON;
    }

    @Override
    public String getDisplayName() {
        return Messages.pipelinesActionDisplayName();
    }

    @Override
    public String getUrlName() {
        return "drone";
    }
}
