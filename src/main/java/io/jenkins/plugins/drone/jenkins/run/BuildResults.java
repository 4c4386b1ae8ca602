package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Result;
import java.util.List;

/**
 * The Jenkins result of a build from its pipelines, as Drone decides a build's status
 * (docs/drone-semantics.md#statuses).
 */
public final class BuildResults {

    private BuildResults() {}

    /** FAILURE when a pipeline failed or errored, ABORTED when one was killed, else SUCCESS. */
    public static Result of(List<PipelineRecord> pipelines) {
        boolean killed = false;
        boolean failed = false;
        for (PipelineRecord pipeline : pipelines) {
            switch (pipeline.getStatus()) {
                case "killed" -> killed = true;
                case "failure", "error" -> failed = true;
                default -> { }
            }
        }
        if (killed) {
            return Result.ABORTED;
        }
        return failed ? Result.FAILURE : Result.SUCCESS;
    }
}
