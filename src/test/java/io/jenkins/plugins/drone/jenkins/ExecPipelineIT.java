package io.jenkins.plugins.drone.jenkins;

import hudson.EnvVars;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.support.Statuses;
import java.io.File;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves on a real Hudson with a real agent that an exec pipeline of a trusted job runs as processes on the agent
 * its {@code node:} routes it to, an agent without a reachable Docker: the clone lands in the run directory, the step
 * logs and statuses are on the build page and in the console, and the run directory is gone afterwards; that aborting
 * the build kills the running step with the process it backgrounded; and that an untrusted job's exec pipeline is
 * refused with the reason at its {@code type:} and runs nothing.
 */
public class ExecPipelineIT extends HudsonTestCase {

    private static final String PIPELINE = """
            kind: pipeline
            type: exec
            name: host
            node:
              pool: hardware
            steps:
            - name: build
              commands:
              - cat README
              - echo "workspace=$DRONE_WORKSPACE"
              - echo "docker=$DOCKER_HOST"
            - name: test
              commands:
              - test -f README
              - echo tested on the host
            """;

    private DumbSlave hardware;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        EnvVars noDocker = new EnvVars("DOCKER_HOST", "tcp://127.0.0.1:1");
        hardware = createSlave("docker pool=hardware", noDocker);
        hardware.toComputer().connect(false).get(60, TimeUnit.SECONDS);
    }

    private DronePipelineBuild build(String name, boolean trusted) throws Exception {
        DronePipelineJob job = Jobs.create(name, GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", PIPELINE, "README", "from the repository\n")).url(), "main");
        DroneSettings.get().setTrusted(job.getFullName(), trusted);
        return job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
    }

    public void testATrustedJobRunsTheExecPipelineOnTheAgent() throws Exception {
        DronePipelineBuild build = build("exec-trusted", true);
        String console = build.getLog();

        assertEquals(console, Result.SUCCESS, build.getResult());
        PipelineRecord pipeline = build.pipeline("host");
        assertEquals(console, "clone success, build success, test success", Statuses.steps(pipeline, "clone", "build", "test"));
        assertEquals(hardware.getNodeName(), pipeline.getNode());
        assertTrue(console, console.contains("[host:build] from the repository"));
        assertTrue(console, console.contains("[host:build] docker=tcp://127.0.0.1:1"));
        assertTrue(console, console.contains("[host:test] tested on the host"));
        String workspace = console.lines().filter(l -> l.startsWith("[host:build] workspace=")).findFirst()
                .orElseThrow(() -> new AssertionError(console)).substring("[host:build] workspace=".length());
        assertTrue(workspace, workspace.matches(".*/drone-[a-z0-9]{20}/drone/src"));
        assertFalse("the run directory is removed", new File(workspace).getParentFile().getParentFile().exists());

        WebClient client = createWebClient();
        String state = client.goTo(build.getUrl() + "drone/state", "application/json").getWebResponse()
                .getContentAsString(); // what the build page shows, as the page's script reads it
        for (String step : new String[] {"clone", "build", "test"}) {
            assertTrue(state, state.matches("(?s).*\\{[^{}]*\"name\":\"" + step + "\"[^{}]*\"status\":\"success\".*"));
        }
        String log = client.goTo(build.getUrl() + "drone/log?pipeline=host&step=test&start=0", "text/plain")
                .getWebResponse().getContentAsString();
        assertEquals("+ test -f README\n+ echo tested on the host\ntested on the host\n", log);
    }

    public void testAbortingTheBuildKillsTheStepsProcessTree() throws Exception {
        DronePipelineJob job = Jobs.create("exec-abort", GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", """
                kind: pipeline
                type: exec
                name: host
                node:
                  pool: hardware
                clone:
                  disable: true
                steps:
                - name: hang
                  commands:
                  - sleep 600 &
                  - echo "child=$!"
                  - sleep 600
                """)).url(), "main");
        DroneSettings.get().setTrusted(job.getFullName(), true);
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        Builds.await("the build to start", 60, () -> job.getLastBuild() != null);
        DronePipelineBuild build = job.getLastBuild();
        Builds.await("the child's pid", 120, () -> childPid(build) > 0);
        long child = childPid(build);

        Builds.abort(build);
        future.get(60, TimeUnit.SECONDS);
        assertEquals(build.getLog(), Result.ABORTED, build.getResult());
        assertEquals(build.getLog(), "killed", build.pipeline("host").step("hang").getStatus());
        Builds.await("process " + child + " to die", 10,
                () -> !ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false));
    }

    private static long childPid(DronePipelineBuild build) {
        try {
            return build.getLog().lines().filter(l -> l.startsWith("[host:hang] child="))
                    .mapToLong(l -> Long.parseLong(l.substring("[host:hang] child=".length()))).findFirst().orElse(-1);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    public void testAnUntrustedJobsExecPipelineIsRefusedWithTheReason() throws Exception {
        DronePipelineBuild build = build("exec-untrusted", false);
        String console = build.getLog();

        assertEquals(console, Result.FAILURE, build.getResult());
        assertTrue(console, console.contains(".drone.yml:2:1: pipeline \"host\": an exec pipeline runs on the agent's host "
                + "and needs a trusted job"));
        assertFalse(console, console.contains("tested on the host"));
        assertTrue(build.getPipelines().isEmpty());
    }
}
