package io.jenkins.plugins.drone.jenkins.triggers;

import io.jenkins.plugins.drone.jenkins.Messages;
import hudson.Extension;
import hudson.model.Cause;
import hudson.model.Item;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.run.SupersededBuilds;
import io.jenkins.plugins.drone.jenkins.scm.LearnedHostKeys;
import io.jenkins.plugins.drone.jenkins.scm.RepositoryHeads;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Polls the job's repository on a cron schedule and builds when its branch points at a new commit (a
 * Drone {@code push}); for a job linked to a forge, every branch and tag, as its webhooks would. Only the refs
 * are asked for ({@code git ls-remote}); nothing is fetched.
 */
public final class RepositoryPollTrigger extends Trigger<DronePipelineJob> {

    private static final Logger LOGGER = Logger.getLogger(RepositoryPollTrigger.class.getName());

    @DataBoundConstructor
    @CapturedParameterNames({"spec"})
    public RepositoryPollTrigger(String spec) throws antlr.ANTLRException {
        super(spec);
    }

    @Override
    public void run() {
        if (job == null || job.getRepositoryUrl().isEmpty()) {
            return;
        }
        try {
            if (job.getForge() != null) {
                pollAllRefs();
                return;
            }
            String head = RepositoryHeads.commitOf(job.getRepositoryUrl(), job.getBranch(), job.gitAuth());
            DronePipelineBuild last = job.getLastBuild();
            if (head != null && (last == null || !head.equals(last.getCommit()))) {
                job.scheduleBuild(0, new CommitCause(head));
            }
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot poll " + job.getRepositoryUrl() + " for " + job.getFullName(), e);
        }
    }

    /** A linked job: one ls-remote, a build per moved or new branch head and new tag (docs/forges.md#polling). */
    private void pollAllRefs() throws IOException {
        PolledRefsState state = new PolledRefsState(job.getRootDir());
        boolean firstPoll = !state.exists();
        Map<String, String> remote = RepositoryHeads.refs(job.getRepositoryUrl(), job.gitAuth(),
                LearnedHostKeys.forController());
        for (BuildEvent event : PolledRefs.toBuild(remote, state.load(), firstPoll, job.getForge(), job.getBranch())) {
            SupersededBuilds.cancelFor(job, event);
            job.scheduleBuild(0, new CommitCause(event.getCommit()), event);
        }
        state.save(remote);
    }

    /** A build started because the branch moved to a new commit. */
    public static final class CommitCause extends Cause {
        private final String commit;

        public CommitCause(String commit) {
            this.commit = commit;
        }

        public String getCommit() {
            return commit;
        }

        @Override
        public String getShortDescription() {
            return Messages.commitCauseDescription(commit.substring(0, Math.min(12, commit.length())));
        }
    }

    /** "Poll the repository" among the build triggers of Drone pipeline jobs. */
    @Extension
    public static final class DescriptorImpl extends TriggerDescriptor {
        @Override
        public boolean isApplicable(Item item) {
            return item instanceof DronePipelineJob;
        }

        @Override
        public String getDisplayName() {
            return Messages.repositoryPollTriggerDisplayName();
        }
    }
}
