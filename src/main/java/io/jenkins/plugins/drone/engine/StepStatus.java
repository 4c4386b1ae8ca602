package io.jenkins.plugins.drone.engine;

import java.util.Locale;

/** Status of a step or a pipeline run, in Drone's vocabulary (docs/drone-semantics.md#statuses). */
public enum StepStatus {
    PENDING, RUNNING, SUCCESS, FAILURE, SKIPPED, KILLED, ERROR;

    /** The lower-case word Drone prints and the JSON form uses. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the statuses that make a pipeline fail unless the step's failure is ignored. */
    public boolean isFailing() {
        return this == FAILURE || this == KILLED || this == ERROR;
    }
}
