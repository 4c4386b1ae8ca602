package io.jenkins.plugins.drone.jenkins.run;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.model.Run;
import io.jenkins.plugins.drone.jenkins.job.DroneCronCause;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;

/**
 * Lets build.xml files written before the Jenkins layer was split into packages load: they name the
 * records and the cron cause by their former classes, which are mapped to the current ones.
 */
public final class FormerClassNames {

    private static final String OLD = "io.jenkins.plugins.drone.jenkins.";

    private FormerClassNames() {}

    /** Registers the former names before any job (and so any build) is loaded. */
    @Initializer(before = InitMilestone.JOB_LOADED)
    public static void register() {
        Run.XSTREAM.alias(OLD + "run.PipelinesAction", PipelinesAction.class);
        Run.XSTREAM.alias(OLD + "run.PipelineRecord", PipelineRecord.class);
        Run.XSTREAM.alias(OLD + "run.StepRecord", StepRecord.class);
        Run.XSTREAM.alias(OLD + "triggers.DroneCronCause", DroneCronCause.class);
    }
}
