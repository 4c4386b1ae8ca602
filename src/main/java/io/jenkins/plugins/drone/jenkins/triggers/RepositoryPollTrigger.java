package io.jenkins.plugins.drone.jenkins.triggers;

import hudson.Extension;
import hudson.model.Cause;
import hudson.model.Item;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Ref;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Polls the job's repository on a cron schedule and builds when its branch points at a new commit (a
 * Drone {@code push}). Only the ref is asked for ({@code git ls-remote}); nothing is fetched.
 */
public final class RepositoryPollTrigger extends Trigger<DronePipelineJob> {

    private static final Logger LOGGER = Logger.getLogger(RepositoryPollTrigger.class.getName());
    private static final int TIMEOUT_SECONDS = 30;

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
        String ref = "refs/heads/" + job.getBranch();
        try {
            Collection<Ref> refs = Git.lsRemoteRepository().setRemote(job.getRepositoryUrl()).setHeads(true)
                    .setTimeout(TIMEOUT_SECONDS).call();
            String head = refs.stream().filter(r -> r.getName().equals(ref)).map(r -> r.getObjectId().name())
                    .findFirst().orElse(null);
            DronePipelineBuild last = job.getLastBuild();
            if (head != null && (last == null || !head.equals(last.getCommit()))) {
                job.scheduleBuild(0, new CommitCause(head));
            }
        } catch (Exception e) {
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
            return "Started by a new commit " + commit.substring(0, Math.min(12, commit.length()));
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
            return "Poll the repository for new commits";
        }
    }
}
