package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.plan.BuildContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build flags {@code plan} and {@code exec} share (docs/architecture.md#command-line), turned into a
 * {@link BuildContext}, and where the build's changed files come from when {@code --changed} does not give them.
 */
final class BuildContextOptions {

    /** {@code Name <email>}, the form git prints an author in. */
    private static final Pattern NAME_AND_EMAIL = Pattern.compile("(.*?)\\s*<([^<>]*)>");

    private BuildContextOptions() {}

    /** Declares the build flags on a command's usage. */
    static Usage declare(Usage usage) {
        return usage
                .value("--branch", "BRANCH", "target branch")
                .value("--event", "EVENT", "push (default), pull_request (default with --pull-request), tag,"
                        + " promote, rollback, cron, custom")
                .value("--ref", "REF", "git ref (default: refs/heads/BRANCH, refs/pull/N/head for a pull request)")
                .value("--repo", "OWNER/NAME", "the repository")
                .value("--commit", "SHA", "commit sha")
                .value("--before", "SHA", "the commit before a push (DRONE_COMMIT_BEFORE)")
                .value("--source", "BRANCH", "source branch of a pull request")
                .value("--pull-request", "N", "pull request number")
                .value("--title", "TITLE", "pull request title")
                .flag("--fork", "the pull request comes from a fork")
                .value("--message", "MESSAGE", "commit message")
                .value("--author", "AUTHOR", "commit author: 'Name <email>' or a login")
                .repeatable("--changed", "FILE", "a changed file, for paths conditions (default: read from git)")
                .value("--repo-dir", "DIR", "the git repository changed files are read from (default: the current"
                        + " directory)")
                .value("--number", "N", "build number (default: 1)")
                .value("--target", "TARGET", "deployment target")
                .value("--cron", "NAME", "cron job name")
                .value("--instance", "HOST", "CI server host")
                .value("--action", "ACTION", "hook action")
                .value("--remote-url", "URL", "clone URL (also sets a 0.8 file's workspace)")
                .flag("--trusted", "allow privileged mode, host volumes, exec pipelines and other host settings");
    }

    static BuildContext context(Arguments args) throws UsageException {
        String branch = args.value("--branch", "");
        int pullRequest = args.count("--pull-request", 0);
        String event = args.value("--event", pullRequest > 0 ? "pull_request" : "push");
        String ref = args.value("--ref", "");
        BuildContext.Builder build = BuildContext.builder().branch(branch).event(event)
                .ref(ref.isEmpty() ? derivedRef(event, branch, pullRequest) : ref)
                .repo(args.value("--repo", "")).remoteUrl(args.value("--remote-url", ""))
                .commit(args.value("--commit", "")).before(args.value("--before", ""))
                .sourceBranch(args.value("--source", "")).pullRequest(pullRequest).title(args.value("--title", ""))
                .fork(args.flag("--fork")).message(args.value("--message", ""))
                .buildNumber(args.number("--number", 1))
                .target(args.value("--target", "")).cron(args.value("--cron", ""))
                .instance(args.value("--instance", "")).action(args.value("--action", ""))
                .trusted(args.flag("--trusted"));
        author(args.value("--author", ""), build);
        List<String> changed = args.values("--changed");
        return build.changedFiles(changed.isEmpty() ? null : changed).build();
    }

    /**
     * The changed files of {@code build} read from the local repository, when asked (only files with {@code paths}
     * conditions ask, so JGit is not even loaded otherwise): from {@code --before}, or for a pull request from its
     * target branch, to {@code --commit} or HEAD. Notes on {@code err} why they could not be known.
     */
    static Supplier<List<String>> localChanges(Arguments args, BuildContext build, PrintWriter err) {
        String dir = args.value("--repo-dir", ".");
        String head = build.commit().isEmpty() ? "HEAD" : build.commit();
        return () -> LocalChanges.read(dir, bases(build), head, err);
    }

    /** Revisions to diff from, the first the repository knows wins; none for a build without a base. */
    private static List<String> bases(BuildContext build) {
        if (!build.before().isEmpty()) {
            return List.of(build.before());
        }
        if (build.event().equals("pull_request") && !build.branch().isEmpty()) {
            return List.of("refs/heads/" + build.branch(), "refs/remotes/origin/" + build.branch());
        }
        return List.of();
    }

    /** {@code Name <email>} sets the author's name and email, anything else is the author's login. */
    private static void author(String author, BuildContext.Builder build) {
        Matcher nameAndEmail = NAME_AND_EMAIL.matcher(author.trim());
        if (nameAndEmail.matches()) {
            build.authorName(nameAndEmail.group(1)).authorEmail(nameAndEmail.group(2));
        } else {
            build.author(author.trim());
        }
    }

    /** A branch build's ref, or a numbered pull request's; tags and other pull requests need {@code --ref}. */
    private static String derivedRef(String event, String branch, int pullRequest) {
        if (event.equals("pull_request")) {
            return pullRequest > 0 ? "refs/pull/" + pullRequest + "/head" : "";
        }
        return !event.equals("tag") && !branch.isEmpty() ? "refs/heads/" + branch : "";
    }
}
