package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.plan.BuildContext;

/**
 * The build flags {@code plan} and {@code exec} share (docs/architecture.md#command-line), turned into a
 * {@link BuildContext}.
 */
final class BuildContextOptions {

    private BuildContextOptions() {}

    /** Declares the build flags on a command's usage. */
    static Usage declare(Usage usage) {
        return usage
                .value("--branch", "BRANCH", "target branch")
                .value("--event", "EVENT", "push (default), pull_request, tag, promote, rollback, cron, custom")
                .value("--ref", "REF", "git ref (default: refs/heads/BRANCH)")
                .value("--repo", "OWNER/NAME", "the repository")
                .value("--commit", "SHA", "commit sha")
                .value("--number", "N", "build number (default: 1)")
                .value("--target", "TARGET", "deployment target")
                .value("--cron", "NAME", "cron job name")
                .value("--instance", "HOST", "CI server host")
                .value("--action", "ACTION", "hook action")
                .value("--remote-url", "URL", "clone URL (also sets a 0.8 file's workspace)")
                .flag("--trusted", "allow privileged mode, host volumes and other host settings");
    }

    static BuildContext context(Arguments args) throws UsageException {
        String branch = args.value("--branch", "");
        String event = args.value("--event", "push");
        String ref = args.value("--ref", "");
        return BuildContext.builder().branch(branch).event(event).ref(ref.isEmpty() ? derivedRef(event, branch) : ref)
                .repo(args.value("--repo", "")).remoteUrl(args.value("--remote-url", ""))
                .commit(args.value("--commit", "")).buildNumber(args.number("--number", 1))
                .target(args.value("--target", "")).cron(args.value("--cron", ""))
                .instance(args.value("--instance", "")).action(args.value("--action", ""))
                .trusted(args.flag("--trusted")).build();
    }

    /** A branch build's ref; tags and pull requests need {@code --ref}. */
    private static String derivedRef(String event, String branch) {
        boolean branchEvent = !event.equals("tag") && !event.equals("pull_request");
        return branchEvent && !branch.isEmpty() ? "refs/heads/" + branch : "";
    }
}
