package io.jenkins.plugins.drone.jenkins.migration;

import io.jenkins.plugins.drone.jenkins.logs.LogFiles;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.tasks.Shell;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.support.Statuses;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerLeftovers;
import io.jenkins.plugins.drone.jenkins.support.FreestyleJobs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;

/**
 * Proves the "Run Drone pipeline" freestyle build step in a real Hudson with a real agent labeled docker and
 * the real Docker engine: the documented example job runs a two-step pipeline with a redis service in the
 * freestyle workspace, pipelines follow depends_on, a failing pipeline or a file with errors fails the
 * build, and aborting the build stops the containers.
 */
public class DronePipelineStepIT extends DockerAgentCase {



    // The example config.xml, posted unchanged to /createItem, builds SUCCESS on the docker agent; its last
    // shell step reads the file the pipeline (redis service + two steps) wrote into the shared workspace.
    public void testExampleFreestyleJobSharesItsWorkspaceWithThePipeline() throws Exception {
        FreeStyleProject job = FreestyleJobs.postExample(new WebClient(), "example");

        FreeStyleBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.SUCCESS, build.getResult());
        assertEquals(agent.getNodeName(), build.getBuiltOnStr());
        PipelineRecord greet = build.getAction(PipelinesAction.class).pipeline("greet");
        assertEquals(console, "greet: success[cache success, store success, sign success]",
                Statuses.of(greet, "cache", "store", "sign"));
        assertEquals(agent.getNodeName(), greet.getNode());
        assertTrue(console, console.contains("[greet:store] PONG"));
        assertTrue(console, console.contains("hello from redis"));
        assertTrue(console, console.contains("signed by sign in build 1"));
        String workspaceFile = build.getWorkspace().child("greeting.txt").readToString();
        assertTrue(workspaceFile, workspaceFile.startsWith("hello from redis"));
        File storeLog = LogFiles.of(build.getAction(PipelinesAction.class), "greet", "store");
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
        FreeStyleProject job = FreestyleJobs.onDocker("failing", FreestyleJobs.droneStep("""
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
        FreeStyleProject job = FreestyleJobs.onDocker("lint", FreestyleJobs.droneStep("""
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

    // Aborting the freestyle build while a pipeline runs kills its step and removes every container it started.
    public void testAbortStopsTheContainers() throws Exception {
        FreeStyleProject job = FreestyleJobs.onDocker("aborted", FreestyleJobs.droneStep("""
                kind: pipeline
                name: slow
                steps:
                - name: wait
                  image: drone-pipeline/busybox:test
                  commands: [echo started, sleep 300]
                """));
        Future<FreeStyleBuild> future = job.scheduleBuild2(0);
        Builds.await("the step to run", 120, () -> running(job.getLastBuild()));
        FreeStyleBuild build = job.getLastBuild();

        Builds.abort(build);
        future.get(2, TimeUnit.MINUTES);

        assertEquals(build.getLog(), Result.ABORTED, build.getResult());
        assertEquals("killed", build.getAction(PipelinesAction.class).pipeline("slow").getStatus());
        Builds.await("no container of the build left", 60, () -> leftovers("aborted").isEmpty());
    }

    private static boolean running(FreeStyleBuild build) {
        PipelinesAction pipelines = build == null ? null : build.getAction(PipelinesAction.class);
        PipelineRecord slow = pipelines == null ? null : pipelines.pipeline("slow");
        return slow != null && "running".equals(slow.step("wait").getStatus());
    }

    private static List<String> leftovers(String job) {
        try {
            return DockerLeftovers.labelled("io.jenkins.drone.job", job);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot list Docker resources", e);
        }
    }
}
