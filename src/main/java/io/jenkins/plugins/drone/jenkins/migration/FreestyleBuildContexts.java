package io.jenkins.plugins.drone.jenkins.migration;

import hudson.model.AbstractBuild;
import hudson.model.Hudson;
import io.jenkins.plugins.drone.jenkins.run.BuildContexts;
import io.jenkins.plugins.drone.plan.BuildContext;
import java.net.URI;
import java.util.Map;

/**
 * The planner's {@link BuildContext} from what a freestyle build knows: its number and URL, and the
 * {@code GIT_URL}, {@code GIT_COMMIT} and {@code GIT_BRANCH} variables a git checkout sets. The event is
 * always {@code push}.
 */
final class FreestyleBuildContexts {

    private FreestyleBuildContexts() {}

    static BuildContext of(AbstractBuild<?, ?> build, Map<String, String> env, boolean trusted) {
        String rootUrl = Hudson.getInstance().getRootUrl();
        URI root = rootUrl == null || rootUrl.isEmpty() ? null : URI.create(rootUrl);
        String remoteUrl = env.getOrDefault("GIT_URL", "");
        String branch = branch(env.getOrDefault("GIT_BRANCH", ""));
        return BuildContext.builder()
                .repo(remoteUrl.isEmpty() ? "" : BuildContexts.slug(remoteUrl))
                .remoteUrl(remoteUrl)
                .branch(branch)
                .sourceBranch(branch)
                .ref(branch.isEmpty() ? "" : "refs/heads/" + branch)
                .commit(env.getOrDefault("GIT_COMMIT", ""))
                .event("push")
                .instance(root == null || root.getHost() == null ? "" : root.getHost())
                .systemProto(root == null || root.getScheme() == null ? "http" : root.getScheme())
                .link(root == null ? "" : rootUrl + build.getUrl())
                .buildNumber(build.getNumber())
                .createdEpochSeconds(build.getTimeInMillis() / 1000)
                .trusted(trusted)
                .build();
    }

    /** The git plugin names the remote branch ({@code origin/main}); Drone wants the branch ({@code main}). */
    static String branch(String gitBranch) {
        String branch = gitBranch.trim();
        if (branch.startsWith("refs/heads/")) {
            return branch.substring("refs/heads/".length());
        }
        if (branch.startsWith("origin/")) {
            return branch.substring("origin/".length());
        }
        return branch;
    }
}
