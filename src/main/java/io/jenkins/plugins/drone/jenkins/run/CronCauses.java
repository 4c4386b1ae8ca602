package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.AbstractBuild;
import hudson.triggers.TimerTrigger;
import io.jenkins.plugins.drone.jenkins.job.DroneCronCause;

/**
 * The Drone cron name of a build: the schedule's name when a Drone cron trigger started it, empty for
 * Jenkins' plain "Build periodically" timer (still a {@code cron} event), null when no timer started it.
 */
final class CronCauses {

    private CronCauses() {}

    static String cronName(AbstractBuild<?, ?> build) {
        DroneCronCause cron = build.getCause(DroneCronCause.class);
        if (cron != null) {
            return cron.getName();
        }
        return build.getCause(TimerTrigger.TimerTriggerCause.class) != null ? "" : null;
    }
}
