package io.jenkins.plugins.drone.plan;

import java.util.List;

/**
 * What the planner knows about the build being planned: the hook (event, ref, branch, commit), the
 * repository, the build number and whether the job is trusted. Empty strings mean "not known".
 *
 * @param repo          repository slug {@code owner/name}
 * @param remoteUrl     clone URL
 * @param branch        target branch (the pushed branch, or the branch a pull request merges into)
 * @param sourceBranch  pull request source branch (else the branch)
 * @param ref           full git ref ({@code refs/heads/main}, {@code refs/tags/v1}, {@code refs/pull/3/head})
 * @param commit        head commit sha
 * @param before        previous commit sha
 * @param event         push, pull_request, tag, promote, rollback, cron, custom
 * @param action        hook action (opened, synchronized, create...)
 * @param target        deployment target (promote/rollback)
 * @param cron          name of the cron job that started the build
 * @param instance      host name of the CI server (Drone {@code instance})
 * @param link          web link of this build
 * @param systemProto   http or https of the CI server
 * @param buildNumber   build number
 * @param parentNumber  parent build number (promotions, restarts), else 0
 * @param createdEpochSeconds build creation time
 * @param trusted       the job may use privileged mode, host volumes, host network, devices
 * @param author        commit author login
 * @param authorName    commit author name
 * @param authorEmail   commit author email
 * @param message       commit message
 * @param pullRequest   pull request number, else 0
 * @param title         pull request title
 * @param fork          the pull request comes from another repository (a fork)
 * @param sourceRepo    {@code owner/name} of the pull request's head repository, else empty
 * @param authorAvatar  avatar URL of the commit author
 * @param commitLink    web link of the commit, compare view or pull request
 * @param changedFiles  files changed by the event, relative to the repository root; {@code null} when not
 *                      known, which {@code paths} conditions read as "everything changed"
 */
public record BuildContext(
        String repo,
        String remoteUrl,
        String branch,
        String sourceBranch,
        String ref,
        String commit,
        String before,
        String event,
        String action,
        String target,
        String cron,
        String instance,
        String link,
        String systemProto,
        long buildNumber,
        long parentNumber,
        long createdEpochSeconds,
        boolean trusted,
        String author,
        String authorName,
        String authorEmail,
        String message,
        int pullRequest,
        String title,
        boolean fork,
        String sourceRepo,
        String authorAvatar,
        String commitLink,
        List<String> changedFiles) {

    /** Copies the changed files, so a context cannot change after it was made. */
    public BuildContext {
        changedFiles = changedFiles == null ? null : List.copyOf(changedFiles);
    }

    /** A builder holding every value of this context, to change some of them. */
    public Builder toBuilder() {
        return builder().repo(repo).remoteUrl(remoteUrl).branch(branch).sourceBranch(sourceBranch).ref(ref)
                .commit(commit).before(before).event(event).action(action).target(target).cron(cron)
                .instance(instance).link(link).systemProto(systemProto).buildNumber(buildNumber)
                .parentNumber(parentNumber).createdEpochSeconds(createdEpochSeconds).trusted(trusted)
                .author(author).authorName(authorName).authorEmail(authorEmail).message(message)
                .pullRequest(pullRequest).title(title).fork(fork).sourceRepo(sourceRepo)
                .authorAvatar(authorAvatar).commitLink(commitLink).changedFiles(changedFiles);
    }

    /** A builder starting from a push of nothing in particular; set what is known. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link BuildContext}; unset strings stay empty. */
    public static final class Builder {
        private String repo = "", remoteUrl = "", branch = "", sourceBranch = "", ref = "", commit = "",
                before = "", event = "push", action = "", target = "", cron = "", instance = "", link = "",
                systemProto = "http", author = "", authorName = "", authorEmail = "", message = "", title = "",
                sourceRepo = "", authorAvatar = "", commitLink = "";
        private long buildNumber = 1, parentNumber, createdEpochSeconds;
        private int pullRequest;
        private boolean trusted, fork;
        private List<String> changedFiles;

        public Builder repo(String v) { repo = v; return this; }
        public Builder remoteUrl(String v) { remoteUrl = v; return this; }
        public Builder branch(String v) { branch = v; return this; }
        public Builder sourceBranch(String v) { sourceBranch = v; return this; }
        public Builder ref(String v) { ref = v; return this; }
        public Builder commit(String v) { commit = v; return this; }
        public Builder before(String v) { before = v; return this; }
        public Builder event(String v) { event = v; return this; }
        public Builder action(String v) { action = v; return this; }
        public Builder target(String v) { target = v; return this; }
        public Builder cron(String v) { cron = v; return this; }
        public Builder instance(String v) { instance = v; return this; }
        public Builder link(String v) { link = v; return this; }
        public Builder systemProto(String v) { systemProto = v; return this; }
        public Builder buildNumber(long v) { buildNumber = v; return this; }
        public Builder parentNumber(long v) { parentNumber = v; return this; }
        public Builder createdEpochSeconds(long v) { createdEpochSeconds = v; return this; }
        public Builder trusted(boolean v) { trusted = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder authorName(String v) { authorName = v; return this; }
        public Builder authorEmail(String v) { authorEmail = v; return this; }
        public Builder message(String v) { message = v; return this; }
        public Builder pullRequest(int v) { pullRequest = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder fork(boolean v) { fork = v; return this; }
        public Builder sourceRepo(String v) { sourceRepo = v; return this; }
        public Builder authorAvatar(String v) { authorAvatar = v; return this; }
        public Builder commitLink(String v) { commitLink = v; return this; }
        public Builder changedFiles(List<String> v) { changedFiles = v; return this; }

        public BuildContext build() {
            return new BuildContext(repo, remoteUrl, branch, sourceBranch, ref, commit, before, event, action,
                    target, cron, instance, link, systemProto, buildNumber, parentNumber, createdEpochSeconds,
                    trusted, author, authorName, authorEmail, message, pullRequest, title, fork, sourceRepo,
                    authorAvatar, commitLink, changedFiles);
        }
    }
}
