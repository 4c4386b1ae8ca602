package io.jenkins.plugins.drone.plan;

/** When an entry runs, from {@code when.status} (Drone's runner rule, drone-yaml.md §8.4). */
public enum RunPolicy {
    ON_SUCCESS, ON_FAILURE, ALWAYS, NEVER
}
