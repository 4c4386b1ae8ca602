package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;

import hudson.model.Result;
import java.util.List;

/** The Jenkins result of a build from its pipelines, as Drone decides a build's status (§9.7). */
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
