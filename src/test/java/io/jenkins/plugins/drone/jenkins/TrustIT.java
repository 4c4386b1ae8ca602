package io.jenkins.plugins.drone.jenkins;

import hudson.model.Hudson;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

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

    // A job created under a listed name (an entry left over from a job deleted while the plugin was not there to
    // see it), new, copied or from a posted config.xml, does not inherit the entry. TrustAtLoadIT: such entries
    // are also dropped when Hudson loads its jobs.
    public void testANewJobNeverInheritsAStaleEntryOfItsName() throws Exception {
        DronePipelineJob original = Jobs.create("original", "file:/nonexistent/repo", "main");
        DroneSettings.get().setTrusted("copied", true);
        DroneSettings.get().setTrusted("posted", true);
        DroneSettings.get().setTrusted("created", true);
        Hudson.getInstance().copy((hudson.model.TopLevelItem) original, "copied");
        assertFalse(DroneSettings.get().isTrusted("copied"));
        assertFalse(((DronePipelineJob) Hudson.getInstance().getItem("copied")).isTrusted());
        Hudson.getInstance().createProjectFromXML("posted", new ByteArrayInputStream(
                original.getConfigFile().asString().getBytes(StandardCharsets.UTF_8)));
        assertFalse(DroneSettings.get().isTrusted("posted"));
        assertFalse(Jobs.create("created", "file:/nonexistent/repo", "main").isTrusted());
    }
}
