package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.plan.DroneEvents;

/**
 * Refuses an {@code EVENT} build parameter that is not one of Drone's events, so a typo fails the build at once
 * with the list instead of running a build that matches almost nothing (docs/jobs.md#parameters-and-events).
 */
final class EventCheck {

    private EventCheck() {}

    /** {@code event} itself when it is empty (the default applies) or a Drone event. */
    static String known(String event) {
        if (!event.isEmpty() && !DroneEvents.isKnown(event)) {
            throw new IllegalArgumentException(Messages.eventUnknown(event, String.join(", ", DroneEvents.NAMES)));
        }
        return event;
    }
}
