package io.jenkins.plugins.drone.jenkins.forge;

import hudson.model.Action;
import hudson.model.InvisibleAction;
import hudson.model.Queue;
import io.jenkins.plugins.drone.plan.BuildContext;
import java.util.List;
import java.util.Objects;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The event a build was started for (a webhook delivery, a polled ref, a restart or promotion): Drone's hook
 * context, stored in {@code build.xml} and shown in the build's {@code api/json}. A build carrying one builds
 * exactly this ref and commit. Two queued builds with different events are not merged by the queue.
 */
@ExportedBean
public final class BuildEvent extends InvisibleAction implements Queue.QueueAction {

    private String forge = "";
    private String event = "push";
    private String action = "";
    private String ref = "";
    private String branch = "";
    private String sourceBranch = "";
    private String commit = "";
    private String before = "";
    private int pullRequest;
    private boolean fork;
    private String sourceRepo = "";
    private String title = "";
    private String message = "";
    private String author = "";
    private String authorName = "";
    private String authorEmail = "";
    private String authorAvatar = "";
    private String link = "";
    private String target = "";
    private long parent;

    private BuildEvent() {}

    /** A builder of an event; unset strings stay empty, the event is {@code push}. */
    public static Builder builder() {
        return new Builder(new BuildEvent());
    }

    /** A builder starting from every value of this event, to derive a restart or promotion from it. */
    public Builder toBuilder() {
        BuildEvent copy = new BuildEvent();
        copy.forge = forge;
        copy.event = event;
        copy.action = action;
        copy.ref = ref;
        copy.branch = branch;
        copy.sourceBranch = sourceBranch;
        copy.commit = commit;
        copy.before = before;
        copy.pullRequest = pullRequest;
        copy.fork = fork;
        copy.sourceRepo = sourceRepo;
        copy.title = title;
        copy.message = message;
        copy.author = author;
        copy.authorName = authorName;
        copy.authorEmail = authorEmail;
        copy.authorAvatar = authorAvatar;
        copy.link = link;
        copy.target = target;
        copy.parent = parent;
        return new Builder(copy);
    }

    /** The event of a build started without one (by hand, a timer, a parameter), as its context says. */
    public static BuildEvent of(BuildContext context) {
        return builder().event(context.event()).action(context.action()).ref(context.ref()).branch(context.branch())
                .sourceBranch(context.sourceBranch()).commit(context.commit()).before(context.before())
                .pullRequest(context.pullRequest()).fork(context.fork()).sourceRepo(context.sourceRepo())
                .title(context.title()).message(context.message()).author(context.author())
                .authorName(context.authorName()).authorEmail(context.authorEmail())
                .authorAvatar(context.authorAvatar()).link(context.commitLink()).target(context.target())
                .parent(context.parentNumber()).build();
    }

    /**
     * One line saying what was built, as Drone lists builds: {@code push main 1a2b3c4},
     * {@code pull_request #2 changes → master 1a2b3c4}, {@code tag v1.0 1a2b3c4}, {@code promote production 1a2b3c4}.
     */
    public String summary() {
        String shortCommit = commit.length() > 7 ? commit.substring(0, 7) : commit;
        String what;
        if (pullRequest > 0) {
            what = "#" + pullRequest + " " + getSourceBranch() + " \u2192 " + branch;
        } else if (ref.startsWith("refs/tags/")) {
            what = ref.substring("refs/tags/".length());
        } else if (!target.isEmpty()) {
            what = target;
        } else {
            what = branch.isEmpty() ? ref : branch;
        }
        return (event + " " + what + " " + shortCommit).replaceAll("\\s+", " ").trim();
    }

    /** The planner's context with this event's hook values set over {@code context}'s. */
    public BuildContext applyTo(BuildContext context) {
        BuildContext.Builder b = context.toBuilder().event(event).action(action).ref(ref).branch(branch)
                .sourceBranch(sourceBranch.isEmpty() ? branch : sourceBranch).before(before)
                .pullRequest(pullRequest).fork(fork).sourceRepo(sourceRepo).title(title).target(target)
                .parentNumber(parent).authorAvatar(authorAvatar).commitLink(link);
        if (!message.isEmpty()) {
            b.message(message);
        }
        if (!author.isEmpty()) {
            b.author(author);
        }
        if (!authorName.isEmpty()) {
            b.authorName(authorName);
        }
        if (!authorEmail.isEmpty()) {
            b.authorEmail(authorEmail);
        }
        return b.build();
    }

    /** The forge that sent the event ({@code github}...), empty when it came from Jenkins itself. */
    @Exported
    public String getForge() {
        return forge;
    }

    /** Drone's event: push, tag, pull_request, promote, rollback, custom. */
    @Exported
    public String getEvent() {
        return event;
    }

    /** The hook's action (opened, synchronized, reopened, created...), empty when the forge gave none. */
    @Exported
    public String getAction() {
        return action;
    }

    /** The full git ref built: {@code refs/heads/main}, {@code refs/tags/v1}, {@code refs/pull/2/head}. */
    @Exported
    public String getRef() {
        return ref;
    }

    /** The target branch: the pushed branch, or the branch a pull request merges into; empty for a tag. */
    @Exported
    public String getBranch() {
        return branch;
    }

    /** The pull request's source branch, else the branch. */
    @Exported
    public String getSourceBranch() {
        return sourceBranch.isEmpty() ? branch : sourceBranch;
    }

    /** The target branch (Drone's {@code DRONE_TARGET_BRANCH}). */
    @Exported
    public String getTargetBranch() {
        return branch;
    }

    /** The commit to build (a pull request's head). */
    @Exported
    public String getCommit() {
        return commit;
    }

    /** The commit before the push (a pull request: its base), empty when unknown. */
    @Exported
    public String getBefore() {
        return before;
    }

    /** The pull request number, 0 when the event is not a pull request. */
    @Exported
    public int getPullRequest() {
        return pullRequest;
    }

    /** Whether the pull request comes from another repository. */
    @Exported
    public boolean isFork() {
        return fork;
    }

    /** {@code owner/name} of the pull request's head repository, else empty. */
    @Exported
    public String getSourceRepo() {
        return sourceRepo;
    }

    /** The pull request's title, else empty. */
    @Exported
    public String getTitle() {
        return title;
    }

    /** The commit message (a pull request: its title), empty when the build reads it from the commit. */
    @Exported
    public String getMessage() {
        return message;
    }

    /** The login of the commit author or sender. */
    @Exported
    public String getAuthor() {
        return author;
    }

    @Exported
    public String getAuthorName() {
        return authorName;
    }

    @Exported
    public String getAuthorEmail() {
        return authorEmail;
    }

    @Exported
    public String getAuthorAvatar() {
        return authorAvatar;
    }

    /** The web link of the commit, compare view or pull request. */
    @Exported
    public String getLink() {
        return link;
    }

    /** The deployment target of a promote or rollback, else empty. */
    @Exported
    public String getTarget() {
        return target;
    }

    /** The number of the build this one restarts or promotes, else 0. */
    @Exported
    public long getParent() {
        return parent;
    }

    /** A queued build with another event is a different build: it is queued too, not merged. */
    @Override
    public boolean shouldSchedule(List<Action> actions) {
        for (Action other : actions) {
            if (other instanceof BuildEvent e && sameBuild(e)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameBuild(BuildEvent o) {
        return event.equals(o.event) && ref.equals(o.ref) && commit.equals(o.commit) && target.equals(o.target)
                && parent == o.parent && Objects.equals(action, o.action);
    }

    /** Sets the values of a new {@link BuildEvent}. */
    public static final class Builder {
        private final BuildEvent e;

        private Builder(BuildEvent e) {
            this.e = e;
        }

        public Builder forge(String v) { e.forge = text(v); return this; }
        public Builder event(String v) { e.event = text(v); return this; }
        public Builder action(String v) { e.action = text(v); return this; }
        public Builder ref(String v) { e.ref = text(v); return this; }
        public Builder branch(String v) { e.branch = text(v); return this; }
        public Builder sourceBranch(String v) { e.sourceBranch = text(v); return this; }
        public Builder commit(String v) { e.commit = text(v); return this; }
        public Builder before(String v) { e.before = text(v); return this; }
        public Builder pullRequest(int v) { e.pullRequest = v; return this; }
        public Builder fork(boolean v) { e.fork = v; return this; }
        public Builder sourceRepo(String v) { e.sourceRepo = text(v); return this; }
        public Builder title(String v) { e.title = text(v); return this; }
        public Builder message(String v) { e.message = text(v); return this; }
        public Builder author(String v) { e.author = text(v); return this; }
        public Builder authorName(String v) { e.authorName = text(v); return this; }
        public Builder authorEmail(String v) { e.authorEmail = text(v); return this; }
        public Builder authorAvatar(String v) { e.authorAvatar = text(v); return this; }
        public Builder link(String v) { e.link = text(v); return this; }
        public Builder target(String v) { e.target = text(v); return this; }
        public Builder parent(long v) { e.parent = v; return this; }

        public BuildEvent build() {
            return e;
        }

        private static String text(String v) {
            return v == null ? "" : v;
        }
    }
}
