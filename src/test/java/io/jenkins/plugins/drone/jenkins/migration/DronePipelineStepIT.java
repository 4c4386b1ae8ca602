package io.jenkins.plugins.drone.jenkins.migration;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Hudson;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import hudson.slaves.DumbSlave;
import hudson.tasks.Shell;
import hudson.util.Secret;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.run.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.secrets.DroneSecret;
import io.jenkins.plugins.drone.jenkins.support.DockerLeftovers;
import io.jenkins.plugins.drone.jenkins.support.FreestyleJobs;
import io.jenkins.plugins.drone.jenkins.support.Waits;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves the "Run Drone pipeline" freestyle build step in a real Hudson with a real agent labeled docker and
 * the real Docker engine: the documented example job runs a two-step pipeline with a redis service in the
 * freestyle workspace, pipelines follow depends_on, trust comes from the global list, the context from the git environment, a failing pipeline or a file with errors fails the build,
 * secrets are masked, aborting stops the containers, and the step's configuration survives the configuration form.
 */
public class DronePipelineStepIT extends HudsonTestCase {

    private DumbSlave agent;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        agent = createOnlineSlave(Hudson.getInstance().getLabel("docker"));
    }

    // The example config.xml, created as POST /createItem would, builds SUCCESS on the docker agent; its last
    // shell step reads the file the pipeline (redis service + two steps) wrote into the shared workspace.
    public void testExampleFreestyleJobSharesItsWorkspaceWithThePipeline() throws Exception {
        FreeStyleProject job = FreestyleJobs.fromExample("example");

        FreeStyleBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.SUCCESS, build.getResult());
        assertEquals(agent.getNodeName(), build.getBuiltOnStr());
        PipelineRecord greet = build.getAction(PipelinesAction.class).pipeline("greet");
        assertEquals(console, "success", greet.getStatus());
        assertEquals(agent.getNodeName(), greet.getNode());
        assertEquals("success", greet.step("cache").getStatus());
        assertEquals("success", greet.step("store").getStatus());
        assertEquals("success", greet.step("sign").getStatus());
        assertTrue(console, console.contains("[greet:store] PONG"));
        assertTrue(console, console.contains("hello from redis"));
        assertTrue(console, console.contains("signed by sign in build 1"));
        String workspaceFile = build.getWorkspace().child("greeting.txt").readToString();
        assertTrue(workspaceFile, workspaceFile.startsWith("hello from redis"));
        File storeLog = build.getAction(PipelinesAction.class).logFile("greet", "store");
        assertTrue(Files.readString(storeLog.toPath()).contains("PONG"));
        assertTrue(DockerLeftovers.labelled("io.jenkins.drone.job", "example").isEmpty());
    }

    // A .drone.yml that an earlier shell step wrote into the workspace is read from there, and a pipeline
    // that depends on another starts only after it has ended.
    public void testPipelineFileFromTheWorkspaceRunsPipelinesInDependencyOrder() throws Exception {
        FreeStyleProject job = FreestyleJobs.onDocker("from-file",
                new Shell("cat > .drone.yml <<'EOF'\n" + """
                        kind: pipeline
                        name: build
                        steps:
                        - name: compile
                          image: drone-pipeline/busybox:test
                          commands: [sleep 1, echo compiled > built.txt]
                        ---
                        kind: pipeline
                        name: notify
                        depends_on: [build]
                        steps:
                        - name: done
                          image: drone-pipeline/busybox:test
                          commands: [cat built.txt]
                        """ + "EOF\n"),
                new DronePipelineStep(null, "", List.of()));

        FreeStyleBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.SUCCESS, build.getResult());
        PipelinesAction pipelines = build.getAction(PipelinesAction.class);
        PipelineRecord first = pipelines.pipeline("build");
        PipelineRecord second = pipelines.pipeline("notify");
        assertEquals(console, "success", second.getStatus());
        assertTrue("notify starts after build ended", second.getStartedMillis() >= first.getFinishedMillis());
        assertTrue(console, console.contains("[notify:done] compiled"));
    }

    // A step that exits non-zero fails its pipeline, the build step and so the build: later shell steps do not run.
    public void testFailingPipelineFailsTheFreestyleBuild() throws Exception {
        FreeStyleProject job = FreestyleJobs.onDocker("failing", inline("""
                        kind: pipeline
                        name: test
                        steps:
                        - name: broken
                          image: drone-pipeline/busybox:test
                          commands: [echo about to fail, exit 3]
                        """),
                new Shell("echo the next step ran"));

        FreeStyleBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.FAILURE, build.getResult());
        PipelineRecord test = build.getAction(PipelinesAction.class).pipeline("test");
        assertEquals("failure", test.getStatus());
        assertEquals(3, test.step("broken").getExitCode());
        assertTrue(console, console.contains("[test:broken] about to fail"));
        assertFalse(console, console.contains("the next step ran"));
    }

    // Lint errors stop the step before any container starts and name the position as FILE:LINE:COL.
    public void testLintErrorsFailTheBuildWithTheirPosition() throws Exception {
        FreeStyleProject job = FreestyleJobs.onDocker("lint", inline("""
                kind: pipeline
                steps:
                - name: build
                  imgae: drone-pipeline/busybox:test
                  commands: [echo hi]
                """));

        FreeStyleBuild build = job.scheduleBuild2(0).get(2, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.FAILURE, build.getResult());
        assertTrue(console, console.contains(FreestylePipelineRun.INLINE_FILE_NAME + ":4:3: "));
        assertNull(build.getAction(PipelinesAction.class));
    }

    // Trust comes from the global trusted-jobs list under the freestyle job's full name: a host volume is a
    // lint error until an administrator lists the job, and is mounted afterwards.
    public void testTrustComesFromTheGlobalTrustedJobsList() throws Exception {
        FreeStyleProject job = FreestyleJobs.onDocker("privileged", inline("""
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
        Hudson.getInstance().getDescriptorByType(DronePipelineJob.DescriptorImpl.class).setTrusted("privileged", true);
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
        FreeStyleProject job = FreestyleJobs.onDocker("context", inline("""
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
        File log = build.getAction(PipelinesAction.class).logFile("secret", "show");
        assertFalse(Files.readString(log.toPath()).contains("s3cr3t-value"));
    }

    // Aborting the freestyle build while a pipeline runs kills its step and removes every container it started.
    public void testAbortStopsTheContainers() throws Exception {
        FreeStyleProject job = FreestyleJobs.onDocker("aborted", inline("""
                kind: pipeline
                name: slow
                steps:
                - name: wait
                  image: drone-pipeline/busybox:test
                  commands: [echo started, sleep 300]
                """));
        Future<FreeStyleBuild> future = job.scheduleBuild2(0);
        Waits.until("the step to run", 120, () -> running(job.getLastBuild()));
        FreeStyleBuild build = job.getLastBuild();

        build.getExecutor().interrupt();
        future.get(2, TimeUnit.MINUTES);

        assertEquals(build.getLog(), Result.ABORTED, build.getResult());
        assertEquals("killed", build.getAction(PipelinesAction.class).pipeline("slow").getStatus());
        Waits.until("no container of the build left", 60,
                () -> DockerLeftovers.labelled("io.jenkins.drone.job", "aborted").isEmpty());
    }

    private static boolean running(FreeStyleBuild build) throws IOException {
        PipelinesAction pipelines = build == null ? null : build.getAction(PipelinesAction.class);
        PipelineRecord slow = pipelines == null ? null : pipelines.pipeline("slow");
        return slow != null && "running".equals(slow.step("wait").getStatus()) && build.getLog().contains("started");
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

    private static DronePipelineStep inline(String yaml) {
        return new DronePipelineStep(null, yaml, List.of());
    }
}
