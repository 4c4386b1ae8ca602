package io.jenkins.plugins.drone.jenkins.triggers;

import io.jenkins.plugins.drone.jenkins.Messages;
import hudson.Extension;
import hudson.model.Cause;
import hudson.model.Item;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.scm.RepositoryHeads;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Polls the job's repository on a cron schedule and builds when its branch points at a new commit (a
 * Drone {@code push}). Only the ref is asked for ({@code git ls-remote}); nothing is fetched.
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
            String head = RepositoryHeads.commitOf(job.getRepositoryUrl(), job.getBranch(), job.gitAuth());
            DronePipelineBuild last = job.getLastBuild();
            if (head != null && (last == null || !head.equals(last.getCommit()))) {
                job.scheduleBuild(0, new CommitCause(head));
            }
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot poll " + job.getRepositoryUrl() + " for " + job.getFullName(), e);
        }
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
