package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.WebLink;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system, repository, build, commit and link variables of a build (docs/drone-semantics.md#build-variables),
 * including the legacy {@code CI_*} names. They are also the names {@code ${...}} substitution may use
 * (docs/drone-semantics.md#substitution).
 */
public final class BuildVariables {

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");
    private static final String TAG_PREFIX = "refs/tags/";

    private BuildVariables() {
    }

    /** Every build-level variable; values may be empty (the planner drops empty ones per container). */
    public static Map<String, String> of(BuildContext build) {
        Map<String, String> env = systemAndRepository(build);
        env.putAll(buildAndCommit(build));
        return env;
    }

    /** System and repository variables: a step's own {@code environment} may override these. */
    static Map<String, String> systemAndRepository(BuildContext build) {
        Map<String, String> env = new TreeMap<>();
        addSystem(build, env);
        addRepository(build, env);
        addLegacyRepository(build, env);
        return env;
    }

    /** Build and commit variables: Drone writes these again when a step starts, over the step's own. */
    static Map<String, String> buildAndCommit(BuildContext build) {
        Map<String, String> env = new TreeMap<>();
        addCommit(build, env);
        addBuild(build, env);
        addLegacy(build, env);
        if (build.ref().startsWith(TAG_PREFIX)) {
            String tag = build.ref().substring(TAG_PREFIX.length());
            env.put("DRONE_TAG", tag);
            TagVersions.addSemVer(tag, env);
            TagVersions.addCalVer(tag, env);
        }
        if ("pull_request".equals(build.event())) {
            env.put("DRONE_PULL_REQUEST", pullRequestNumber(build));
            env.put("DRONE_PULL_REQUEST_TITLE", build.title());
        }
        return env;
    }

    /** The context's pull request number, else the first number in its ref ({@code refs/pull/N/head}). */
    private static String pullRequestNumber(BuildContext build) {
        if (build.pullRequest() > 0) {
            return Integer.toString(build.pullRequest());
        }
        Matcher number = FIRST_NUMBER.matcher(build.ref());
        return number.find() ? number.group() : "";
    }

    /** {@code <proto>://<host>/<owner>/<name>/<number>} unless the context gives its own link. */
    static String buildLink(BuildContext build) {
        if (!build.link().isEmpty()) {
            return build.link();
        }
        return build.systemProto() + "://" + build.instance() + "/" + build.repo() + "/" + build.buildNumber();
    }

    private static void addSystem(BuildContext build, Map<String, String> env) {
        env.put("CI", "true");
        env.put("DRONE", "true");
        env.put("DRONE_SYSTEM_PROTO", build.systemProto());
        env.put("DRONE_SYSTEM_HOST", build.instance());
        env.put("DRONE_SYSTEM_HOSTNAME", build.instance());
    }

    private static void addRepository(BuildContext build, Map<String, String> env) {
        String repo = build.repo();
        int slash = repo.indexOf('/');
        String owner = slash < 0 ? "" : repo.substring(0, slash);
        env.put("DRONE_REPO", repo);
        env.put("DRONE_REPO_OWNER", owner);
        env.put("DRONE_REPO_NAMESPACE", owner);
        env.put("DRONE_REPO_NAME", repo.substring(slash + 1));
        env.put("DRONE_REPO_SCM", "git");
        env.put("DRONE_REPO_LINK", WebLink.of(build.remoteUrl()));
        env.put("DRONE_REPO_PRIVATE", "false");
        env.put("DRONE_REMOTE_URL", build.remoteUrl());
        boolean ssh = build.remoteUrl().startsWith("git@") || build.remoteUrl().startsWith("ssh://");
        env.put(ssh ? "DRONE_GIT_SSH_URL" : "DRONE_GIT_HTTP_URL", build.remoteUrl());
    }

    private static void addCommit(BuildContext build, Map<String, String> env) {
        env.put("DRONE_BRANCH", build.branch());
        env.put("DRONE_COMMIT_BRANCH", build.branch());
        env.put("DRONE_TARGET_BRANCH", build.branch());
        env.put("DRONE_SOURCE_BRANCH", build.sourceBranch().isEmpty() ? build.branch() : build.sourceBranch());
        env.put("DRONE_COMMIT", build.commit());
        env.put("DRONE_COMMIT_SHA", build.commit());
        env.put("DRONE_COMMIT_AFTER", build.commit());
        env.put("DRONE_COMMIT_BEFORE", build.before());
        env.put("DRONE_COMMIT_REF", build.ref());
        env.put("DRONE_COMMIT_LINK", build.commitLink());
        env.put("DRONE_COMMIT_MESSAGE", build.message());
        env.put("DRONE_COMMIT_AUTHOR", build.author());
        env.put("DRONE_COMMIT_AUTHOR_NAME", build.authorName());
        env.put("DRONE_COMMIT_AUTHOR_EMAIL", build.authorEmail());
        env.put("DRONE_COMMIT_AUTHOR_AVATAR", build.authorAvatar());
    }

    private static void addBuild(BuildContext build, Map<String, String> env) {
        String created = Long.toString(build.createdEpochSeconds());
        env.put("DRONE_BUILD_NUMBER", Long.toString(build.buildNumber()));
        env.put("DRONE_BUILD_PARENT", Long.toString(build.parentNumber()));
        env.put("DRONE_BUILD_EVENT", build.event());
        env.put("DRONE_BUILD_ACTION", build.action());
        env.put("DRONE_BUILD_TRIGGER", "cron".equals(build.event()) ? "@cron" : "@hook");
        // the name `when: cron` matches; Drone's docs name it, and a step can then tell which schedule fired
        env.put("DRONE_CRON", build.cron());
        env.put("DRONE_BUILD_DEBUG", "false");
        env.put("DRONE_BUILD_CREATED", created);
        env.put("DRONE_BUILD_STARTED", created);
        env.put("DRONE_BUILD_FINISHED", created);
        env.put("DRONE_BUILD_STATUS", "success");
        env.put("DRONE_BUILD_LINK", buildLink(build));
        env.put("DRONE_DEPLOY_TO", build.target());
        env.put("DRONE_DEPLOY_ID", "0");
    }

    private static void addLegacyRepository(BuildContext build, Map<String, String> env) {
        env.put("CI_REPO", build.repo());
        env.put("CI_REPO_NAME", build.repo());
        env.put("CI_REPO_LINK", WebLink.of(build.remoteUrl()));
        env.put("CI_REPO_REMOTE", build.remoteUrl());
        env.put("CI_REMOTE_URL", build.remoteUrl());
        env.put("CI_REPO_PRIVATE", "false");
    }

    private static void addLegacy(BuildContext build, Map<String, String> env) {
        env.put("CI_BUILD_NUMBER", Long.toString(build.buildNumber()));
        env.put("CI_PARENT_BUILD_NUMBER", Long.toString(build.parentNumber()));
        env.put("CI_BUILD_CREATED", Long.toString(build.createdEpochSeconds()));
        env.put("CI_BUILD_STARTED", "0");
        env.put("CI_BUILD_FINISHED", "0");
        env.put("CI_BUILD_STATUS", "running");
        env.put("CI_BUILD_EVENT", build.event());
        env.put("CI_BUILD_TARGET", build.target());
        env.put("CI_COMMIT_SHA", build.commit());
        env.put("CI_COMMIT_REF", build.ref());
        env.put("CI_COMMIT_BRANCH", build.branch());
        env.put("CI_COMMIT_MESSAGE", build.message());
        env.put("CI_COMMIT_AUTHOR", build.author());
        env.put("CI_COMMIT_AUTHOR_NAME", build.authorName());
        env.put("CI_COMMIT_AUTHOR_EMAIL", build.authorEmail());
    }
}
