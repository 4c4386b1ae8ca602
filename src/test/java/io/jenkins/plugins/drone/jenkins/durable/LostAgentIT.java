package io.jenkins.plugins.drone.jenkins.durable;

import com.gargoylesoftware.htmlunit.html.HtmlForm;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.logs.LogFiles;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.AgentProcesses;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.DockerLeftovers;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.support.Statuses;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Proves what happens to a running build when its agent JVM is killed ({@code kill -9}) while the controller stays
 * up, with a real agent and real Docker: the containers keep running, the agent is launched again, the build goes
 * on and ends SUCCESS with every log line exactly once; and when the agent stays away longer than the grace
 * period, the pipeline fails with the reason and its containers are removed once Docker can be reached again.
 */
public class LostAgentIT extends DockerAgentCase {

    /** Step 1 prints 30 numbered lines over about 6 s; steps 2 and 3 run after it. */
    static final String COUNTER = """
            kind: pipeline
            name: default
            clone:
              disable: true
            steps:
            - name: count
              image: drone-pipeline/busybox:test
              commands:
              - for i in $(seq 1 30); do echo "n=$i"; sleep 0.2; done
            - name: two
              image: drone-pipeline/busybox:test
              commands:
              - echo second step ran
            - name: three
              image: drone-pipeline/busybox:test
              commands:
              - echo third step ran
            """;

    private void graceSeconds(int seconds) throws Exception {
        HtmlForm config = createWebClient().goTo("configure").getFormByName("config");
        config.getInputByName("_.agentGraceSeconds").setValueAttribute(String.valueOf(seconds));
        submit(config);
        assertEquals(seconds, DroneSettings.get().getAgentGraceSeconds());
    }

    private DronePipelineBuild startCounting(String jobName) throws Exception {
        DockerLeftovers.remove("io.jenkins.drone.job", jobName);
        DronePipelineJob job = Jobs.create(jobName, GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", COUNTER)).url(), "main");
        job.scheduleBuild2(0);
        Builds.await("build started", 60, () -> job.getLastBuild() != null);
        DronePipelineBuild build = job.getLastBuild();
        Builds.await("a few numbers printed", 120, () -> countLog(build).contains("n=5\n"));
        return build;
    }

    private static String countLog(DronePipelineBuild build) {
        PipelineRecord pipeline = build.pipeline("default");
        if (pipeline == null) {
            return "";
        }
        File file = new File(LogFiles.pipelineDir(build, 0), pipeline.step("count").getLogFile());
        try {
            return file.isFile() ? Files.readString(file.toPath(), StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    public void testKilledAgentJvmIsRelaunchedAndTheBuildFinishesWithEveryLineOnce() throws Exception {
        graceSeconds(120);
        DronePipelineBuild build = startCounting("agent-killed");

        assertEquals("one agent JVM killed", 1, AgentProcesses.killAll(ProcessHandle.current()));
        assertFalse("the step's container outlives the agent JVM",
                DockerLeftovers.labelled("io.jenkins.drone.job", "agent-killed").isEmpty());
        Builds.await("build ended", 180, () -> !build.isBuilding());

        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        PipelineRecord pipeline = build.pipeline("default");
        assertEquals("count success, two success, three success", Statuses.steps(pipeline, "count", "two", "three"));
        StringBuilder expected = new StringBuilder("+ for i in $(seq 1 30); do echo \"n=$i\"; sleep 0.2; done\n");
        for (int i = 1; i <= 30; i++) {
            expected.append("n=").append(i).append('\n');
        }
        assertEquals("every number exactly once", expected.toString(), countLog(build));
        assertTrue(build.getLog(), build.getLog().contains("resuming the pipeline"));
        Builds.await("nothing left in Docker", 60,
                () -> !leftovers("agent-killed"));
    }

    public void testAgentAwayLongerThanTheGracePeriodFailsThePipelineAndItsContainersAreRemoved() throws Exception {
        graceSeconds(4);
        DronePipelineBuild build = startCounting("agent-gone");
        agent.toComputer().setTemporarilyOffline(true, null);

        assertEquals("one agent JVM killed", 1, AgentProcesses.killAll(ProcessHandle.current()));
        Builds.await("build ended", 120, () -> !build.isBuilding());

        assertEquals(build.getLog(), Result.FAILURE, build.getResult());
        PipelineRecord pipeline = build.pipeline("default");
        assertEquals("error", pipeline.getStatus());
        assertTrue(pipeline.getReason(), pipeline.getReason().contains("agent " + agent.getNodeName()
                + " did not come back within 4 s"));
        assertTrue(build.getLog(), build.getLog().contains("did not come back within 4 s"));

        agent.toComputer().setTemporarilyOffline(false, null);
        agent.toComputer().connect(false).get(60, TimeUnit.SECONDS);
        Builds.await("the given-up run's containers removed", 90, () -> !leftovers("agent-gone"));
    }

    private static boolean leftovers(String job) {
        try {
            return !DockerLeftovers.labelled("io.jenkins.drone.job", job).isEmpty();
        } catch (Exception e) {
            return true;
        }
    }
}
