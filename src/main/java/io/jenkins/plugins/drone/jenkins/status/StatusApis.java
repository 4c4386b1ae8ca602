package io.jenkins.plugins.drone.jenkins.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.drone.jenkins.forge.ForgeKind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Picks the {@link StatusApi} of a forge kind, and the URL and JSON helpers they share. */
final class StatusApis {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusApis() {}

    static StatusApi of(StatusTarget target) {
        ForgeKind kind = target.kind();
        if (kind == ForgeKind.GITEA) {
            return GitHubStatusApi.GITEA;
        }
        if (kind == ForgeKind.GITLAB) {
            return new GitLabStatusApi();
        }
        if (kind == ForgeKind.BITBUCKET) {
            return BitbucketStatusApi.isCloud(target.apiUrl()) ? BitbucketStatusApi.CLOUD
                    : BitbucketStatusApi.DATA_CENTER;
        }
        return GitHubStatusApi.GITHUB;
    }

    /** The API base URL without a trailing slash, followed by {@code path}. */
    static URI uri(StatusTarget target, String path) {
        return URI.create(target.apiUrl().replaceAll("/+$", "") + path);
    }

    /** One path segment, percent-encoded ({@code group/sub} becomes {@code group%2Fsub}). */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code owner} and {@code name} of an {@code owner/name} slug (the owner may hold slashes: GitLab groups). */
    static String[] ownerAndName(String slug) {
        int slash = slug.lastIndexOf('/');
        return slash < 0 ? new String[] {"", slug} : new String[] {slug.substring(0, slash), slug.substring(slash + 1)};
    }

    static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
