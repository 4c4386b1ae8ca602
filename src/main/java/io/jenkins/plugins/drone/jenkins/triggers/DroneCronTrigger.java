package io.jenkins.plugins.drone.jenkins.triggers;

import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.job.DroneCronCause;

import hudson.Extension;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import java.util.Calendar;
import java.util.List;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;

/**
 * Drone's cron jobs for a Drone pipeline job: named schedules; a build started by one has the event
 * {@code cron} and that name, so {@code when: cron: [nightly]} and {@code trigger: cron: ...} work.
 */
public final class DroneCronTrigger extends Trigger<DronePipelineJob> {

    private final String schedules;
    private transient List<CronSchedules.Schedule> parsed;

    @DataBoundConstructor
    @CapturedParameterNames({"schedules"})
    public DroneCronTrigger(String schedules) throws antlr.ANTLRException {
        super(CronSchedules.combinedSpec(schedules));
        this.schedules = schedules;
        CronSchedules.parse(schedules);
    }

    /** The schedules as configured, one {@code NAME: SPEC} per line. */
    public String getSchedules() {
        return schedules;
    }

    @Override
    public void run() {
        if (job == null) {
            return;
        }
        if (parsed == null) {
            parsed = CronSchedules.parse(schedules);
        }
        for (String name : CronSchedules.due(parsed, Calendar.getInstance())) {
            job.scheduleBuild(0, new DroneCronCause(name));
        }
    }

    /** "Drone cron" among the build triggers of Drone pipeline jobs. */
    @Extension
    public static final class DescriptorImpl extends TriggerDescriptor {
        @Override
        public boolean isApplicable(Item item) {
            return item instanceof DronePipelineJob;
        }

        @Override
        public String getDisplayName() {
            return Messages.droneCronTriggerDisplayName();
        }

        /** Checks the schedules as the user types them; needs Configure, on the job or (outside one) globally. */
        public FormValidation doCheckSchedules(@AncestorInPath Item item, @QueryParameter("value") String value) {
            if (item != null) {
                item.checkPermission(Item.CONFIGURE);
            } else {
                Hudson.getInstance().checkPermission(Item.CONFIGURE);
            }
            try {
                return CronSchedules.parse(value).isEmpty() ? FormValidation.warning(Messages.droneCronTriggerNoSchedule()) : FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
