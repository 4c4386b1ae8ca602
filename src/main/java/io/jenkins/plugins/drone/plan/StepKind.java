package io.jenkins.plugins.drone.plan;

/** What a compiled pipeline entry is; the engine treats clone and services specially. */
public enum StepKind {
    CLONE, SERVICE, STEP
}
