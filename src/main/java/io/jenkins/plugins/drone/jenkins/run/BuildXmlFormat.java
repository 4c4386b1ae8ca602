package io.jenkins.plugins.drone.jenkins.run;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.model.Run;
import io.jenkins.plugins.drone.jenkins.job.DroneCronCause;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;

/**
 * Keeps build.xml as earlier versions wrote it, so their builds load: statuses are stored as Drone words,
 * and the former class names of the records and the cron cause (before the Jenkins layer was split into
 * packages) map to the current classes.
 */
public final class BuildXmlFormat {

    private static final String OLD = "io.jenkins.plugins.drone.jenkins.";

    private BuildXmlFormat() {}

    /** Registers the format before any job (and so any build) is loaded. */
    @Initializer(before = InitMilestone.JOB_LOADED)
    public static void register() {
        Run.XSTREAM.registerConverter(new DroneStatus.XmlWord());
        Run.XSTREAM.alias(OLD + "run.PipelinesAction", PipelinesAction.class);
        Run.XSTREAM.alias(OLD + "run.PipelineRecord", PipelineRecord.class);
        Run.XSTREAM.alias(OLD + "run.StepRecord", StepRecord.class);
        Run.XSTREAM.alias(OLD + "triggers.DroneCronCause", DroneCronCause.class);
    }
}
