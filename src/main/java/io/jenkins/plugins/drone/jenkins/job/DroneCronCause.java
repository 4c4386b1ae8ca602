package io.jenkins.plugins.drone.jenkins.job;

import io.jenkins.plugins.drone.jenkins.Messages;
import hudson.model.Cause;

/** A build started by a named Drone cron schedule: its event is {@code cron}, its {@code DRONE_CRON} the name. */
public final class DroneCronCause extends Cause {

    private final String name;

    public DroneCronCause(String name) {
        this.name = name;
    }

    /** The Drone cron job name ({@code when: cron: [nightly]} matches it). */
    public String getName() {
        return name;
    }

    @Override
    public String getShortDescription() {
        return Messages.droneCronCauseDescription(name);
    }
}
