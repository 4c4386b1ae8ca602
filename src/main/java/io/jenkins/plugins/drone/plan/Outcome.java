package io.jenkins.plugins.drone.plan;

import java.util.Locale;

/** The status the planner predicts for an entry or pipeline, given assumed exit codes. */
public enum Outcome {
    SUCCESS, FAILURE, SKIPPED, EXCLUDED;

    /** The JSON word: {@code success}, {@code failure}, {@code skipped}, {@code excluded}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
