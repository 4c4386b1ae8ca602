package io.jenkins.plugins.drone.engine;

/**
 * Receives the events of a pipeline run. Called from the engine's threads, possibly concurrently for
 * parallel steps; log lines of one step arrive in order. Must not block for long: it slows the step.
 */
@FunctionalInterface
public interface PipelineListener {

    /** Ignores everything. */
    PipelineListener NONE = event -> { };

    void on(PipelineEvent event);
}
