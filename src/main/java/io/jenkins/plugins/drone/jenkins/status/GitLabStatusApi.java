package io.jenkins.plugins.drone.jenkins.status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitLab's commit statuses, {@code POST /projects/:id/statuses/:sha} with the project's path as its id. GitLab has a
 * word for each Drone status: pending, running, success, failed, canceled, skipped.
 */
final class GitLabStatusApi implements StatusApi {

    @Override
    public StatusRequest request(StatusTarget target, String sha, CommitStatus status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state(status));
        body.put("name", status.context());
        if (!status.targetUrl().isEmpty()) {
            body.put("target_url", status.targetUrl());
        }
        body.put("description", status.description());
        return new StatusRequest(StatusApis.uri(target, "/projects/" + StatusApis.segment(target.slug())
                + "/statuses/" + StatusApis.segment(sha)), "Bearer " + target.token(),
                StatusApis.json(body));
    }

    private static String state(CommitStatus status) {
        switch (status.status()) {
            case RUNNING:
                return "running";
            case SUCCESS:
                return "success";
            case SKIPPED:
                return "skipped";
            case FAILURE:
            case ERROR:
                return "failed";
            case KILLED:
                return "canceled";
            default:
                return "pending";
        }
    }
}
