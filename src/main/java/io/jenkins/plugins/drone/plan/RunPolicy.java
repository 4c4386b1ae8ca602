package io.jenkins.plugins.drone.plan;

/** When an entry runs, from {@code when.status} (Drone's runner rule, docs/drone-semantics.md#status-conditions). */
public enum RunPolicy {
    ON_SUCCESS, ON_FAILURE, ALWAYS, NEVER
}
