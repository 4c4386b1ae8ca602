package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.AbstractBuild;
import hudson.triggers.TimerTrigger;

/** Which Drone cron name a build carries: the job's cron name when a timer started it, else none. */
final class CronCauses {

    private CronCauses() {}

    static String cronName(AbstractBuild<?, ?> build) {
        return build.getCause(TimerTrigger.TimerTriggerCause.class) != null ? "jenkins" : null;
    }
}
