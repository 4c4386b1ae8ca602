package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.AbstractBuild;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import java.util.Locale;
import java.util.Map;

/**
 * What a build was asked to build: a branch or tag and the Drone event. A build started for an event (webhook,
 * polling, restart, promotion) carries a {@link BuildEvent} and builds exactly its ref and commit; any other
 * build takes the job's branch, the build's parameters ({@code BRANCH}, {@code EVENT}, {@code TARGET}) and its
 * cause (timer → cron). An empty {@code commit} means the ref's head.
 */
public record BuildRequest(String ref, String branch, String event, String target, String cron, String commit) {

    /** Parameter naming the branch (or {@code refs/tags/...}) to build instead of the job's branch. */
    public static final String BRANCH = "BRANCH";
    /** Parameter naming the Drone event (push, tag, pull_request, promote, rollback, cron, custom). */
    public static final String EVENT = "EVENT";
    /** Parameter naming the deployment target of a promote or rollback. */
    public static final String TARGET = "TARGET";

    /**
     * The request of {@code build} of a job whose default branch is {@code jobBranch}.
     *
     * @throws IllegalArgumentException when the {@code EVENT} parameter is not a Drone event (the message says so)
     */
    public static BuildRequest of(AbstractBuild<?, ?> build, String jobBranch, String cronName) {
        BuildEvent hook = build.getAction(BuildEvent.class);
        if (hook != null) {
            return new BuildRequest(hook.getRef(), hook.getBranch(), hook.getEvent(), hook.getTarget(), "",
                    hook.getCommit());
        }
        Map<String, String> parameters = build.getBuildVariables();
        String branchOrRef = parameter(parameters, BRANCH, jobBranch);
        String event = EventCheck.known(parameter(parameters, EVENT, "").toLowerCase(Locale.ROOT));
        String target = parameter(parameters, TARGET, "");
        if (branchOrRef.startsWith("refs/tags/")) {
            return new BuildRequest(branchOrRef, "", event.isEmpty() ? "tag" : event, target, "", "");
        }
        String branch = branchOrRef.startsWith("refs/heads/") ? branchOrRef.substring("refs/heads/".length()) : branchOrRef;
        if (event.isEmpty()) {
            event = cronName != null ? "cron" : "push";
        }
        return new BuildRequest("refs/heads/" + branch, branch, event, target, cronName == null ? "" : cronName,
                "");
    }

    private static String parameter(Map<String, String> parameters, String name, String fallback) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
