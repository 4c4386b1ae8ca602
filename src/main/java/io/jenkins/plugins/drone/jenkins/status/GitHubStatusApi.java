package io.jenkins.plugins.drone.jenkins.status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitHub's and Gitea's commit statuses, {@code POST /repos/{owner}/{repo}/statuses/{sha}} (Gitea's under
 * {@code /api/v1}). Both know pending, success, failure and error: running is pending, skipped is success with
 * the reason in the description, killed is error.
 */
final class GitHubStatusApi implements StatusApi {

    /** GitHub and GitHub Enterprise: the token as a bearer token. */
    static final GitHubStatusApi GITHUB = new GitHubStatusApi("Bearer ");
    /** Gitea and Forgejo: {@code Authorization: token <token>}, as their API description asks. */
    static final GitHubStatusApi GITEA = new GitHubStatusApi("token ");

    private final String scheme;

    private GitHubStatusApi(String scheme) {
        this.scheme = scheme;
    }

    @Override
    public StatusRequest request(StatusTarget target, String sha, CommitStatus status) {
        String[] repo = StatusApis.ownerAndName(target.slug());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state(status));
        if (!status.targetUrl().isEmpty()) {
            body.put("target_url", status.targetUrl());
        }
        body.put("description", status.description());
        body.put("context", status.context());
        return new StatusRequest(StatusApis.uri(target, "/repos/" + StatusApis.segment(repo[0]) + "/"
                + StatusApis.segment(repo[1]) + "/statuses/" + StatusApis.segment(sha)),
                scheme + target.token(), StatusApis.json(body));
    }

    private static String state(CommitStatus status) {
        switch (status.status()) {
            case SUCCESS:
            case SKIPPED:
                return "success";
            case FAILURE:
                return "failure";
            case KILLED:
            case ERROR:
                return "error";
            default:
                return "pending";
        }
    }
}
