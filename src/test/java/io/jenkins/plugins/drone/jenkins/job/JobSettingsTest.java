package io.jenkins.plugins.drone.jenkins.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Proves the defaults a job's settings take when its config.xml lacks fields (XStream leaves them null or 0):
 * the documented main, .drone.yml, docker and 60 minutes; present values are kept (trimmed), a blank label
 * stays blank (any agent) and a negative timeout is kept for the checks to refuse.
 */
class JobSettingsTest {

    @Test
    void missingFieldsTakeTheDocumentedDefaults() {
        assertEquals(new JobSettings("", "main", ".drone.yml", "docker", 60),
                JobSettings.of(null, null, null, null, 0));
    }

    @Test
    void presentValuesAreKept() {
        assertEquals(new JobSettings("file:///r", "dev", "ci.yml", "", -5),
                JobSettings.of(" file:///r ", " dev ", "ci.yml", " ", -5));
    }
}
