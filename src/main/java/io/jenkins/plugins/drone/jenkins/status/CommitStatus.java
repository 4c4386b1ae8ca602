package io.jenkins.plugins.drone.jenkins.status;

import io.jenkins.plugins.drone.jenkins.records.DroneStatus;

/**
 * One status for a commit, in forge-neutral terms: each {@link StatusApi} maps the Drone status to its forge's word.
 *
 * @param context     the check's name ({@code drone/<pipeline>}, or {@code continuous-integration/drone/<event>})
 * @param status      the Drone status of the pipeline or build
 * @param description a short text (at most {@link #MAX_DESCRIPTION} characters)
 * @param targetUrl   the Jenkins page of the pipeline or build; empty when Jenkins' URL is not configured
 */
public record CommitStatus(String context, DroneStatus status, String description, String targetUrl) {

    /** GitHub's limit for a status description; the other forges accept at least as much. */
    public static final int MAX_DESCRIPTION = 140;

    /** Cuts the description to the length every forge accepts. */
    public CommitStatus {
        description = description.length() <= MAX_DESCRIPTION ? description
                : description.substring(0, MAX_DESCRIPTION - 1) + "…";
        targetUrl = targetUrl == null ? "" : targetUrl;
    }

    /** Whether the status will not change any more (success, failure, skipped, killed, error). */
    public boolean isFinal() {
        return status.isFinished();
    }
}
