package io.jenkins.plugins.drone.jenkins.records;

import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.drone.jenkins.job.DroneCronCause;
import io.jenkins.plugins.drone.jenkins.support.Statuses;
import java.io.InputStream;
import java.util.List;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves that builds recorded before the Jenkins layer was split into packages still load, through the
 * XStream that reads build.xml: the records under their former class names with their status words, and a
 * Drone cron cause under its former package; and that saving them again writes the same words.
 */
public class FormerBuildRecordsIT extends HudsonTestCase {

    public void testRecordsOfAFormerBuildLoadWithTheirStatuses() throws Exception {
        PipelinesAction records = (PipelinesAction) Run.XSTREAM.fromXML(fixture("former-build-action.xml"));

        assertEquals("build: failure[clone success, test failure] | deploy: skipped[push skipped]",
                Statuses.of(records.getPipelines()));
        PipelineRecord build = records.pipeline("build");
        assertEquals(DroneStatus.FAILURE, build.status());
        assertTrue(build.isFinished());
        assertEquals(List.of("token"), build.step("test").getMaskedSecrets());
        assertEquals(2, build.step("test").getExitCode());
        assertEquals("skipped: the build has failed", records.pipeline("deploy").getReason());
        assertEquals(Result.FAILURE, DroneStatus.toResult(List.of(build.status(), records.pipeline("deploy").status())));

        String saved = Run.XSTREAM.toXML(records);
        assertTrue(saved, saved.contains("<status>failure</status>"));
        assertTrue(saved, saved.contains("<status>skipped</status>"));
        assertFalse("statuses stay words, not enum names: " + saved, saved.contains("FAILURE"));
    }

    public void testCronCauseOfAFormerBuildLoads() throws Exception {
        DroneCronCause cause = (DroneCronCause) Run.XSTREAM.fromXML(fixture("former-cron-cause.xml"));
        assertEquals("nightly", cause.getName());
    }

    private static InputStream fixture(String name) {
        return FormerBuildRecordsIT.class.getResourceAsStream(name);
    }
}
