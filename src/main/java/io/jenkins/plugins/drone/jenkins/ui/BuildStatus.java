package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.AbstractBuild;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;

/**
 * The status word of a job's last build in Drone's vocabulary, and the colour the badge draws for it
 * (pages take their colours from pipelines.css; an SVG image served alone cannot).
 */
public final class BuildStatus {

    private static final String UNSTABLE = "unstable";
    private static final String NONE = "none";

    private BuildStatus() {}

    /** running, success, failure, killed, unstable, or none when there is no build. */
    public static String of(AbstractBuild<?, ?> build) {
        if (build == null) {
            return NONE;
        }
        if (build.isBuilding()) {
            return DroneStatus.RUNNING.word();
        }
        Result result = build.getResult();
        if (result == Result.UNSTABLE) {
            return UNSTABLE;
        }
        if (result == Result.SUCCESS) {
            return DroneStatus.SUCCESS.word();
        }
        return (result == Result.ABORTED ? DroneStatus.KILLED : DroneStatus.FAILURE).word();
    }

    /** The badge colour of a status word (the palette of pipelines.css). */
    public static String color(String status) {
        if (UNSTABLE.equals(status)) {
            return "#f28b00";
        }
        DroneStatus drone = DroneStatus.find(status);
        return drone == null ? "#9ba7af" : switch (drone) {
            case SUCCESS -> "#1ea64b";
            case FAILURE, ERROR -> "#e6001f";
            case RUNNING -> "#1f6fdb";
            case KILLED -> "#5c5c66";
            default -> "#9ba7af";
        };
    }
}
