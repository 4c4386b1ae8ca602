package io.jenkins.plugins.drone.jenkins;

import io.jenkins.plugins.drone.jenkins.config.DroneSettings;

import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves that trust, which lives in the global configuration rather than in the job, follows the job:
 * a rename keeps it, and deleting the job revokes it so that a new job of the same name does not inherit it.
 */
public class TrustIT extends HudsonTestCase {

    public void testTrustFollowsARenameAndDiesWithTheJob() throws Exception {
        DronePipelineJob job = Jobs.create("trusted-one", "file:/nonexistent/repo", "main");
        DroneSettings descriptor = DroneSettings.get();
        descriptor.setTrusted(job.getFullName(), true);

        job.renameTo("trusted-renamed");
        assertTrue(job.isTrusted());
        assertFalse(descriptor.isTrusted("trusted-one"));

        job.delete();
        assertFalse("a re-created job of the same name must not inherit trust", descriptor.isTrusted("trusted-renamed"));
        assertFalse(Jobs.create("trusted-renamed", "file:/nonexistent/repo", "main").isTrusted());
    }
}
