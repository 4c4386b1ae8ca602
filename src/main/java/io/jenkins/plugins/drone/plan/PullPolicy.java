package io.jenkins.plugins.drone.plan;

/** When the engine pulls an entry's image (docs/drone-semantics.md#steps-and-services {@code pull}). */
public enum PullPolicy {
    /** Empty in the YAML: pull when the tag is latest, else only when missing. */
    DEFAULT,
    ALWAYS,
    IF_NOT_EXISTS,
    NEVER
}
