package io.jenkins.plugins.drone.plan;

/** What a non-zero exit does to the pipeline, from {@code failure:} (docs/drone-semantics.md#steps-and-services). */
public enum ErrorPolicy {
    /** Fails the pipeline; later on-success entries are skipped. */
    FAIL,
    /** Shown as failed, but the pipeline goes on as if it passed. */
    IGNORE,
    /** Fails and cancels the pipeline at once. */
    FAIL_FAST
}
