package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.jenkins.scm.RepositoryReader;

import io.jenkins.plugins.drone.plan.BuildContext;
import java.net.URI;

/** Builds the planner's {@link BuildContext} from a Jenkins build, its request and the fetched commit. */
public final class BuildContexts {

    private BuildContexts() {}

    static BuildContext of(String repositoryUrl, BuildRequest request, RepositoryReader.Snapshot snapshot,
                           long number, long createdMillis, String rootUrl, String buildUrl, boolean trusted) {
        URI root = rootUrl == null || rootUrl.isEmpty() ? null : URI.create(rootUrl);
        return BuildContext.builder()
                .repo(slug(repositoryUrl))
                .remoteUrl(repositoryUrl)
                .branch(request.branch())
                .sourceBranch(request.branch())
                .ref(request.ref())
                .commit(snapshot.commit())
                .event(request.event())
                .target(request.target())
                .cron(request.cron())
                .instance(root == null || root.getHost() == null ? "" : root.getHost())
                .systemProto(root == null || root.getScheme() == null ? "http" : root.getScheme())
                .link(root == null ? "" : rootUrl + buildUrl)
                .buildNumber(number)
                .createdEpochSeconds(createdMillis / 1000)
                .trusted(trusted)
                .author(snapshot.authorEmail())
                .authorName(snapshot.authorName())
                .authorEmail(snapshot.authorEmail())
                .message(snapshot.message())
                .build();
    }

    /** {@code owner/name} from a clone URL or path: its last two path segments, without {@code .git}. */
    public static String slug(String repositoryUrl) {
        String path = repositoryUrl.replaceAll("[?#].*$", "").replaceAll("/+$", "").replaceAll("\\.git$", "");
        path = path.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("^[^@/]+@[^:/]+:", "");
        String[] parts = path.split("[/:]");
        int n = parts.length;
        if (n >= 2 && !parts[n - 2].isEmpty()) {
            return parts[n - 2] + "/" + parts[n - 1];
        }
        return n >= 1 ? parts[n - 1] : "";
    }
}
