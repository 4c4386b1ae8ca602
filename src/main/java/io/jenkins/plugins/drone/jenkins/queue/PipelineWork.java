package io.jenkins.plugins.drone.jenkins.queue;

import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Node;

/** What a {@link PipelineTask} does once an agent's executor picks it up: run one pipeline there. */
public interface PipelineWork {

    /** The build the pipeline belongs to. */
    AbstractBuild<?, ?> build();

    /** The job the pipeline belongs to (permissions, display). */
    default AbstractProject<?, ?> job() {
        return build().getParent();
    }

    /** "job #12 » backend" */
    String fullDisplayName();

    /** The pipeline's name. */
    String pipelineName();

    /** URL of the build page, relative to the root. */
    default String url() {
        return build().getUrl();
    }

    /** Why it may not leave the queue yet (a concurrency limit), or null when it may run. */
    default String waitingBecause() {
        return null;
    }

    /**
     * Runs the pipeline on {@code node}, blocking until it has ended and its resources are gone.
     * Interrupting the thread aborts it.
     */
    void runOn(Node node) throws InterruptedException;
}
