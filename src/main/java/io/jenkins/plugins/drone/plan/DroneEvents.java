package io.jenkins.plugins.drone.plan;

import java.util.List;

/** The events a Drone build can have (docs/drone-semantics.md#condition-matching); nothing else is a Drone event. */
public final class DroneEvents {

    /** Drone's events, in the order its documentation lists them. */
    public static final List<String> NAMES = List.of("push", "pull_request", "tag", "promote", "rollback", "cron",
            "custom");

    private DroneEvents() {}

    /** Whether {@code event} (lower case) is one of {@link #NAMES}. */
    public static boolean isKnown(String event) {
        return NAMES.contains(event);
    }
}
