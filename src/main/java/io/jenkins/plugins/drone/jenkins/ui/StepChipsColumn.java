package io.jenkins.plugins.drone.jenkins.ui;

import hudson.Extension;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.views.ListViewColumn;
import hudson.views.ListViewColumnDescriptor;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/** A list view column showing the steps of a job's last build as small status chips. */
public final class StepChipsColumn extends ListViewColumn {

    @DataBoundConstructor
    @CapturedParameterNames({})
    public StepChipsColumn() {
        // no settings
    }

    /** One chip: the step's {@code pipeline / step} title and its Drone status. */
    public record Chip(String title, String status) {}

    /** The last build of {@code item} that has pipeline records, or null. */
    public AbstractBuild<?, ?> lastBuild(Item item) {
        if (item instanceof AbstractProject<?, ?> job) {
            AbstractBuild<?, ?> build = job.getLastBuild();
            return build != null && build.getAction(PipelinesAction.class) != null ? build : null;
        }
        return null;
    }

    /** The chips of the last build of {@code item}; empty when it has none. */
    public List<Chip> chips(Item item) {
        AbstractBuild<?, ?> build = lastBuild(item);
        if (build == null) {
            return Collections.emptyList();
        }
        List<Chip> chips = new ArrayList<>();
        for (PipelineRecord pipeline : build.getAction(PipelinesAction.class).getPipelines()) {
            for (StepRecord step : pipeline.getSteps()) {
                chips.add(new Chip(pipeline.getName() + " / " + step.getName() + ": " + step.getStatus(),
                        step.getStatus()));
            }
        }
        return chips;
    }

    /** Registers the column as "Drone steps" in list view configuration. */
    @Extension
    public static final class DescriptorImpl extends ListViewColumnDescriptor {
        @Override
        public String getDisplayName() {
            return Messages.stepChipsColumnDisplayName();
        }

        @Override
        public boolean shownByDefault() {
            return false;
        }
    }
}
