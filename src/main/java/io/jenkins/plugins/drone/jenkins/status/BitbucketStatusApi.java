package io.jenkins.plugins.drone.jenkins.status;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bitbucket build statuses. Cloud ({@code api.bitbucket.org/2.0}): {@code POST
 * /repositories/{workspace}/{repo}/commit/{sha}/statuses/build}; Data Center: {@code POST
 * /rest/api/1.0/projects/{project}/repos/{repo}/commits/{sha}/builds}. Both take INPROGRESS, SUCCESSFUL and FAILED
 * (skipped is SUCCESSFUL with the reason in the description); Cloud also STOPPED, for a killed pipeline.
 */
final class BitbucketStatusApi implements StatusApi {

    static final BitbucketStatusApi CLOUD = new BitbucketStatusApi(true);
    static final BitbucketStatusApi DATA_CENTER = new BitbucketStatusApi(false);

    private final boolean cloud;

    private BitbucketStatusApi(boolean cloud) {
        this.cloud = cloud;
    }

    /** Bitbucket Cloud's API is {@code https://api.bitbucket.org/2.0}; any other URL is a Data Center server. */
    static boolean isCloud(String apiUrl) {
        URI uri = URI.create(apiUrl.trim().isEmpty() ? "/" : apiUrl.trim());
        return "api.bitbucket.org".equalsIgnoreCase(uri.getHost())
                || uri.getPath().replaceAll("/+$", "").endsWith("/2.0");
    }

    @Override
    public StatusRequest request(StatusTarget target, String sha, CommitStatus status) {
        String[] repo = StatusApis.ownerAndName(target.slug());
        String owner = StatusApis.segment(repo[0]);
        String name = StatusApis.segment(repo[1]);
        String commit = StatusApis.segment(sha);
        String path = cloud ? "/repositories/" + owner + "/" + name + "/commit/" + commit + "/statuses/build"
                : "/rest/api/1.0/projects/" + owner + "/repos/" + name + "/commits/" + commit + "/builds";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", status.context());
        body.put("state", state(status));
        body.put("name", status.context());
        body.put("url", status.targetUrl());
        body.put("description", status.description());
        return new StatusRequest(StatusApis.uri(target, path), "Bearer " + target.token(),
                StatusApis.json(body));
    }

    private String state(CommitStatus status) {
        switch (status.status()) {
            case SUCCESS:
            case SKIPPED:
                return "SUCCESSFUL";
            case FAILURE:
            case ERROR:
                return "FAILED";
            case KILLED:
                return cloud ? "STOPPED" : "FAILED";
            default:
                return "INPROGRESS";
        }
    }
}
