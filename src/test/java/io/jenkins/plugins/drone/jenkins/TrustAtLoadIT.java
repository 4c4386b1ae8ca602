package io.jenkins.plugins.drone.jenkins;

import hudson.model.Hudson;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.File;
import java.nio.file.Files;
import org.jvnet.hudson.test.HudsonHomeLoader;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves that a Hudson started on a home whose trusted-jobs list names a job that no longer exists (deleted while
 * the plugin was not installed, or by hand) drops that name once the jobs are loaded, and keeps the others.
 */
public class TrustAtLoadIT extends HudsonTestCase {

    @Override
    protected void setUp() throws Exception {
        homeLoader = () -> {
            File home = HudsonHomeLoader.NEW.allocate();
            File job = new File(home, "jobs/kept");
            job.mkdirs();
            Files.writeString(new File(job, "config.xml").toPath(), Jobs.exampleConfig("file:/nonexistent/repo", "main"));
            Files.writeString(new File(home, DroneSettings.class.getName() + ".xml").toPath(), """
                    <?xml version='1.0' encoding='UTF-8'?>
                    <io.jenkins.plugins.drone.jenkins.config.DroneSettings>
                      <trustedJobs class="tree-set">
                        <no-comparator/>
                        <string>ghost</string>
                        <string>kept</string>
                      </trustedJobs>
                    </io.jenkins.plugins.drone.jenkins.config.DroneSettings>
                    """);
            return home;
        };
        super.setUp();
    }

    public void testANameNoJobHasIsDroppedWhenTheJobsAreLoaded() throws Exception {
        assertNotNull(Hudson.getInstance().getItem("kept"));
        assertTrue("the saved list was read", DroneSettings.get().isTrusted("kept"));
        assertFalse(DroneSettings.get().isTrusted("ghost"));
        assertFalse(DroneSettings.get().getTrustedJobs().contains("ghost"));
    }
}
