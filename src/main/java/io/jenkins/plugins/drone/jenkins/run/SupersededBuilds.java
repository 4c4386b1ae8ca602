package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Executor;
import hudson.model.Hudson;
import hudson.model.Queue;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;

/**
 * Drone's auto-cancel, for jobs that opt in: a new push to a branch, or new commits on a pull request, cancel the
 * older queued and running builds of that branch or pull request. Other events supersede nothing.
 */
public final class SupersededBuilds {

    private SupersededBuilds() {}

    /** Cancels what {@code event}, about to be queued for {@code job}, supersedes; returns how many. */
    public static int cancelFor(DronePipelineJob job, BuildEvent event) {
        String key = key(event);
        if (!job.isCancelSuperseded() || key == null) {
            return 0;
        }
        int cancelled = 0;
        Queue queue = Hudson.getInstance().getQueue();
        for (Queue.Item item : queue.getItems(job)) {
            BuildEvent queued = item.getAction(BuildEvent.class);
            if (queued != null && key.equals(key(queued)) && queue.cancel(item)) {
                cancelled++;
            }
        }
        for (DronePipelineBuild build : job.getBuilds()) {
            BuildEvent running = build.getAction(BuildEvent.class);
            if (build.isBuilding() && running != null && key.equals(key(running)) && interrupt(build)) {
                cancelled++;
            }
        }
        return cancelled;
    }

    /** What a build is a build of, for superseding: a branch's pushes or a pull request; null for other events. */
    static String key(BuildEvent event) {
        return switch (event.getEvent()) {
            case "push" -> "push " + event.getRef();
            case "pull_request" -> "pull_request " + event.getPullRequest() + " " + event.getRef();
            default -> null;
        };
    }

    private static boolean interrupt(DronePipelineBuild build) {
        Executor executor = build.getExecutor();
        if (executor == null) {
            return false;
        }
        executor.interrupt();
        return true;
    }
}
