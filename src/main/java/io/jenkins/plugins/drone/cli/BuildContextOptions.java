package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.plan.BuildContext;
import picocli.CommandLine.Option;

/**
 * The build flags {@code plan} and {@code exec} share (docs/architecture.md#command-line), turned into a
 * {@link BuildContext}.
 */
final class BuildContextOptions {

    @Option(names = "--branch", defaultValue = "", description = "target branch") private String branch;
    @Option(names = "--event", defaultValue = "push", description = "push, pull_request, tag, promote, rollback, cron, custom")
    private String event;
    @Option(names = "--ref", defaultValue = "", description = "git ref (default: refs/heads/BRANCH)") private String ref;
    @Option(names = "--repo", defaultValue = "", description = "owner/name") private String repo;
    @Option(names = "--commit", defaultValue = "", description = "commit sha") private String commit;
    @Option(names = "--number", defaultValue = "1", description = "build number") private long number;
    @Option(names = "--target", defaultValue = "", description = "deployment target") private String target;
    @Option(names = "--cron", defaultValue = "", description = "cron job name") private String cron;
    @Option(names = "--instance", defaultValue = "", description = "CI server host") private String instance;
    @Option(names = "--action", defaultValue = "", description = "hook action") private String action;
    @Option(names = "--remote-url", defaultValue = "", description = "clone URL (also sets a 0.8 file's workspace)")
    private String remoteUrl;
    @Option(names = "--trusted", description = "allow privileged mode, host volumes and other host settings")
    private boolean trusted;

    BuildContext context() {
        return BuildContext.builder().branch(branch).event(event).ref(ref.isEmpty() ? derivedRef() : ref)
                .repo(repo).remoteUrl(remoteUrl).commit(commit).buildNumber(number).target(target).cron(cron)
                .instance(instance).action(action).trusted(trusted).build();
    }

    /** A branch build's ref; tags and pull requests need {@code --ref}. */
    private String derivedRef() {
        boolean branchEvent = !event.equals("tag") && !event.equals("pull_request");
        return branchEvent && !branch.isEmpty() ? "refs/heads/" + branch : "";
    }
}
