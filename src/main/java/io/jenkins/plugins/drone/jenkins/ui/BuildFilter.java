package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.AbstractBuild;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;

/**
 * Which builds a job page or badge shows, by their event context: a ref ({@code main} for {@code refs/heads/main},
 * or a full ref like {@code refs/tags/v1}), a branch (the target branch, so pull requests into it count, as in
 * Drone's branch filter) and an event. An empty value lets every build through.
 */
public record BuildFilter(String ref, String branch, String event) {

    /** Lets every build through. */
    public static final BuildFilter ALL = new BuildFilter("", "", "");

    /** Trims the values; null reads as empty. */
    public BuildFilter {
        ref = ref == null ? "" : ref.trim();
        branch = branch == null ? "" : branch.trim();
        event = event == null ? "" : event.trim();
    }

    /** Whether nothing is filtered. */
    public boolean isEmpty() {
        return ref.isEmpty() && branch.isEmpty() && event.isEmpty();
    }

    /** Whether {@code build} passes. A build without an event context (of an earlier version) passes no filter. */
    public boolean matches(AbstractBuild<?, ?> build) {
        if (isEmpty()) {
            return true;
        }
        BuildEvent context = build.getAction(BuildEvent.class);
        return context != null
                && (ref.isEmpty() || ref.equals(context.getRef()) || ("refs/heads/" + ref).equals(context.getRef()))
                && (branch.isEmpty() || branch.equals(context.getBranch()))
                && (event.isEmpty() || event.equals(context.getEvent()));
    }
}
