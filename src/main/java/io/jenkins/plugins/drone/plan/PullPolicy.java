package io.jenkins.plugins.drone.plan;

/** When the engine pulls an entry's image (drone-yaml.md §5 {@code pull}). */
public enum PullPolicy {
    /** Empty in the YAML: pull when the tag is latest, else only when missing. */
    DEFAULT,
    ALWAYS,
    IF_NOT_EXISTS,
    NEVER
}
