package io.jenkins.plugins.drone.jenkins.config;

import hudson.model.Hudson;
import hudson.util.Secret;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves that global settings saved by earlier versions in the Drone job type's descriptor file (secrets,
 * registry credentials, trusted jobs) move into the settings' own file when they are first loaded, once.
 */
public class FormerSettingsIT extends HudsonTestCase {

    public void testSettingsOfTheJobTypesDescriptorMoveToTheirOwnFileOnce() throws Exception {
        File root = Hudson.getInstance().getRootDir();
        File former = new File(root, "io.jenkins.plugins.drone.jenkins.job.DronePipelineJob.xml");
        File current = new File(root, DroneSettings.class.getName() + ".xml");
        Files.deleteIfExists(current.toPath());
        try (InputStream in = FormerSettingsIT.class.getResourceAsStream("former-global-settings.xml")) {
            Files.copy(in, former.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }

        assertMigrated(new DroneSettings());
        assertTrue("the settings have their own file now", current.isFile());
        assertFalse("the former file is read only once", former.exists());
        assertMigrated(new DroneSettings());
    }

    private static void assertMigrated(DroneSettings settings) {
        assertEquals(1, settings.getSecrets().size());
        assertEquals("token", settings.getSecrets().get(0).getName());
        assertEquals("s3cr3t-token", Secret.toString(settings.getSecrets().get(0).getValue()));
        assertTrue(settings.getSecrets().get(0).isPullRequests());
        assertEquals("registry.example.com", settings.getRegistries().get(0).getHost());
        assertEquals("robot", settings.getRegistries().get(0).getUsername());
        assertEquals("hunter2", Secret.toString(settings.getRegistries().get(0).getPassword()));
        assertTrue(settings.isTrusted("team/app"));
        assertEquals("team/app", settings.getTrustedJobs());
    }
}
