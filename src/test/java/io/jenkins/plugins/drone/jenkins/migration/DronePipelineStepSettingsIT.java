package io.jenkins.plugins.drone.jenkins.migration;

import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.logs.LogFiles;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import hudson.util.Secret;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.secrets.DroneSecret;
import io.jenkins.plugins.drone.jenkins.support.FreestyleJobs;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;

/**
 * Proves what the "Run Drone pipeline" step takes from Jenkins, in a real Hudson with a real agent labeled
 * docker and the real Docker engine: trust from the global trusted-jobs list, the build context from the
 * git environment, the step's secrets (masked), and its configuration through the form.
 */
public class DronePipelineStepSettingsIT extends DockerAgentCase {


    // Trust comes from the global trusted-jobs list under the freestyle job's full name: a host volume is a
    // lint error until an administrator lists the job, and is mounted afterwards.
    public void testTrustComesFromTheGlobalTrustedJobsList() throws Exception {
        FreeStyleProject job = FreestyleJobs.onDocker("trusted-job", FreestyleJobs.droneStep("""
                kind: pipeline
                name: p
                steps:
                - name: s
                  image: drone-pipeline/busybox:test
                  volumes:
                  - name: host
                    path: /host
                  commands: [ls -d /host, echo host volume run]
                volumes:
                - name: host
                  host:
                    path: /tmp
                """));

        FreeStyleBuild untrusted = job.scheduleBuild2(0).get(2, TimeUnit.MINUTES);
        DroneSettings.get().setTrusted("trusted-job", true);
        FreeStyleBuild trusted = job.scheduleBuild2(0).get(2, TimeUnit.MINUTES);

        assertEquals(untrusted.getLog(), Result.FAILURE, untrusted.getResult());
        assertTrue(untrusted.getLog(), Pattern.compile(
                Pattern.quote(FreestylePipelineRun.INLINE_FILE_NAME) + ":\\d+:\\d+: .*trusted")
                .matcher(untrusted.getLog()).find());
        assertEquals(trusted.getLog(), Result.SUCCESS, trusted.getResult());
        assertTrue(trusted.getLog(), trusted.getLog().contains("[p:s] host volume run"));
    }

    // The build context comes from what the freestyle build knows: GIT_BRANCH (remote name dropped) and
    // GIT_COMMIT from its environment, its number, and the push event; branch conditions use them.
    public void testBuildContextComesFromTheGitEnvironment() throws Exception {
        FreeStyleProject job = FreestyleJobs.onDocker("context", FreestyleJobs.droneStep("""
                kind: pipeline
                name: context
                steps:
                - name: show
                  image: drone-pipeline/busybox:test
                  commands: [echo "$DRONE_BRANCH $DRONE_COMMIT $DRONE_BUILD_EVENT $DRONE_BUILD_NUMBER"]
                - name: only-main
                  image: drone-pipeline/busybox:test
                  commands: [echo never]
                  when:
                    branch: [main]
                """));
        job.addProperty(new ParametersDefinitionProperty(
                new StringParameterDefinition("GIT_BRANCH", "origin/release", ""),
                new StringParameterDefinition("GIT_COMMIT", "0123abcd", "")));

        FreeStyleBuild build = job.scheduleBuild2(0).get(2, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.SUCCESS, build.getResult());
        assertTrue(console, console.contains("[context:show] release 0123abcd push 1"));
        assertEquals("skipped", build.getAction(PipelinesAction.class).pipeline("context").step("only-main").getStatus());
    }

    // The step's secrets reach the containers and are masked in the console and step logs.
    public void testSecretsReachThePipelineAndAreMasked() throws Exception {
        DronePipelineStep step = new DronePipelineStep(null, """
                kind: pipeline
                name: secret
                steps:
                - name: show
                  image: drone-pipeline/busybox:test
                  environment:
                    TOKEN: {from_secret: token}
                  commands:
                  - echo "token=$TOKEN"
                  - test "$TOKEN" = "s3cr3t-value"
                """, List.of(new DroneSecret("token", Secret.fromString("s3cr3t-value"), false)));
        FreeStyleProject job = FreestyleJobs.onDocker("secrets", step);

        FreeStyleBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.SUCCESS, build.getResult());
        assertTrue(console, console.contains("[secret:show] token=******"));
        assertFalse(console, console.contains("s3cr3t-value"));
        File log = LogFiles.of(build.getAction(PipelinesAction.class), "secret", "show");
        assertFalse(Files.readString(log.toPath()).contains("s3cr3t-value"));
    }

    // The configuration form shows and keeps the file path, the inline pipeline and the step's secrets.
    public void testConfigurationSurvivesTheForm() throws Exception {
        DronePipelineStep before = new DronePipelineStep("ci/pipeline.yml", "kind: pipeline\n",
                List.of(new DroneSecret("token", Secret.fromString("value"), false)));

        DronePipelineStep after = configRoundtrip(before);

        assertEquals("ci/pipeline.yml", after.getYamlPath());
        assertEquals("kind: pipeline", after.getYaml().trim());
        assertEquals(1, after.getSecrets().size());
        assertEquals("token", after.getSecrets().get(0).getName());
        assertEquals("value", Secret.toString(after.getSecrets().get(0).getValue()));
    }
}
