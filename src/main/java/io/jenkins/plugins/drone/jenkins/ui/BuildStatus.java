package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.AbstractBuild;
import hudson.model.Result;

/** The status word of a job's last build in Drone's vocabulary, and the colour the UI gives each word. */
public final class BuildStatus {

    private BuildStatus() {}

    /** running, success, failure, killed, unstable, or none when there is no build. */
    public static String of(AbstractBuild<?, ?> build) {
        if (build == null) {
            return "none";
        }
        if (build.isBuilding()) {
            return "running";
        }
        Result result = build.getResult();
        if (result == Result.SUCCESS) {
            return "success";
        }
        if (result == Result.UNSTABLE) {
            return "unstable";
        }
        return result == Result.ABORTED ? "killed" : "failure";
    }

    /** The colour of a status word (the same palette as pipelines.css). */
    public static String color(String status) {
        return switch (status) {
            case "success" -> "#1ea64b";
            case "failure", "error" -> "#e6001f";
            case "running" -> "#1f6fdb";
            case "unstable" -> "#f28b00";
            case "killed" -> "#5c5c66";
            default -> "#9ba7af";
        };
    }
}
