package io.jenkins.plugins.drone.jenkins;

import io.jenkins.plugins.drone.jenkins.logs.LogFiles;

import hudson.model.Hudson;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import io.jenkins.plugins.drone.jenkins.support.Statuses;
import io.jenkins.plugins.drone.jenkins.support.DockerLeftovers;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;

/**
 * Proves the Drone pipeline job end to end in a real Hudson with a real agent launched by command and the
 * real Docker engine: pipelines are dispatched to the labeled agent, ordered by depends_on, services are
 * reachable by name, when-excluded steps are skipped with a reason, lint errors stop the build before
 * anything runs, and nothing labelled by the build is left in Docker afterwards.
 */
public class DronePipelineJobIT extends DockerAgentCase {

    private static final String TWO_PIPELINES = """
            kind: pipeline
            name: backend
            services:
            - name: cache
              image: drone-pipeline/redis:test
            steps:
            - name: greet
              image: drone-pipeline/busybox:test
              commands:
              - echo hello from $DRONE_STEP_NAME on $DRONE_BRANCH
              - cat README.md
            - name: wait-for-cache
              image: drone-pipeline/redis:test
              commands:
              - until redis-cli -h cache ping; do sleep 0.2; done
            - name: only-on-tags
              image: drone-pipeline/busybox:test
              commands:
              - echo never
              when:
                event: [tag]
            ---
            kind: pipeline
            name: notify
            depends_on: [backend]
            steps:
            - name: done
              image: drone-pipeline/busybox:test
              commands:
              - echo backend finished
            """;



    public void testTwoPipelinesRunOnTheLabeledAgentInDependencyOrder() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", TWO_PIPELINES, "README.md", "the readme\n"));
        DronePipelineJob job = Jobs.create("app", repo.url(), "main");

        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.SUCCESS, build.getResult());
        PipelineRecord backend = build.pipeline("backend");
        PipelineRecord notify = build.pipeline("notify");
        assertEquals(console, "backend: success[clone success, cache success, wait-for-cache success, only-on-tags skipped]"
                + " | notify: success", Statuses.of(backend, "clone", "cache", "wait-for-cache", "only-on-tags")
                + " | " + Statuses.of(notify));
        assertEquals(agent.getNodeName(), backend.getNode());
        StepRecord skipped = backend.step("only-on-tags");
        assertTrue(skipped.getReason(), skipped.getReason().contains("tag"));
        assertTrue("notify starts after backend ended", notify.getStartedMillis() >= backend.getFinishedMillis());

        assertTrue(console, console.contains("[backend:greet] hello from greet on main"));
        assertTrue(console, console.contains("[backend:greet] the readme"));
        String greetLog = Files.readString(new File(new File(new File(build.getRootDir(), "drone"), "0"),
                backend.step("greet").getLogFile()).toPath());
        assertTrue(greetLog, greetLog.contains("hello from greet on main"));
        assertEquals(build.getCommit(), repo.headCommit());
        assertTrue(DockerLeftovers.labelled("io.jenkins.drone.job", "app").isEmpty());

        Hudson.getInstance().reload();
        DronePipelineBuild reloaded = ((DronePipelineJob) Hudson.getInstance().getItem("app")).getLastBuild();
        assertEquals("the status survives a reload from disk", "skipped",
                reloaded.pipeline("backend").step("only-on-tags").getStatus());
        File reloadedLog = LogFiles.of(reloaded.getAction(PipelinesAction.class), "backend", "greet");
        assertTrue("the step log is found after a reload", Files.readString(reloadedLog.toPath()).contains("hello from greet"));
    }

    public void testFailureOnlyPipelineRunsAfterAFailedOneAndSeesTheBuildStatus() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", """
                kind: pipeline
                name: test
                clone:
                  disable: true
                steps:
                - name: unit
                  image: drone-pipeline/busybox:test
                  commands: [echo testing, exit 3]
                ---
                kind: pipeline
                name: deploy
                depends_on: [test]
                clone:
                  disable: true
                steps:
                - name: ship
                  image: drone-pipeline/busybox:test
                  commands: [echo shipping]
                ---
                kind: pipeline
                name: notify
                depends_on: [test]
                clone:
                  disable: true
                trigger:
                  status: [failure]
                steps:
                - name: tell
                  image: drone-pipeline/busybox:test
                  commands:
                  - echo "status=$DRONE_BUILD_STATUS failed=$DRONE_FAILED_STAGES"
                """));
        DronePipelineJob job = Jobs.create("notifier", repo.url(), "main");

        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.FAILURE, build.getResult());
        assertEquals("failure", build.pipeline("test").getStatus());
        assertEquals(3, build.pipeline("test").step("unit").getExitCode());
        assertEquals("skipped", build.pipeline("deploy").getStatus());
        assertEquals(console, "success", build.pipeline("notify").getStatus());
        assertTrue(console, console.contains("[notify:tell] status=failure failed=test"));
    }

    public void testIndependentPipelinesRunAtTheSameTimeOnDifferentAgents() throws Exception {
        DumbSlave second = createOnlineSlave(Hudson.getInstance().getLabel("docker"));
        String pipeline = """
                kind: pipeline
                name: %s
                clone:
                  disable: true
                steps:
                - name: work
                  image: drone-pipeline/busybox:test
                  commands: [sleep 4]
                """;
        GitFixture repo = GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", pipeline.formatted("left") + "---\n" + pipeline.formatted("right")));
        DronePipelineJob job = Jobs.create("fan-out", repo.url(), "main");

        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);

        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        PipelineRecord left = build.pipeline("left");
        PipelineRecord right = build.pipeline("right");
        assertEquals(java.util.Set.of(agent.getNodeName(), second.getNodeName()), java.util.Set.of(left.getNode(), right.getNode()));
        assertTrue("the two pipelines overlap in time", left.getStartedMillis() < right.getFinishedMillis()
                && right.getStartedMillis() < left.getFinishedMillis());
    }

    public void testNodeLabelsRouteAPipelineToTheMatchingAgent() throws Exception {
        DumbSlave european = createSlave("docker region=eu", null);
        european.toComputer().connect(false).get(60, TimeUnit.SECONDS);
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", """
                kind: pipeline
                name: eu-only
                clone:
                  disable: true
                node:
                  region: eu
                steps:
                - name: where
                  image: drone-pipeline/busybox:test
                  commands: [echo in europe]
                """));
        DronePipelineJob job = Jobs.create("routed", repo.url(), "main");

        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);

        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        assertEquals(european.getNodeName(), build.pipeline("eu-only").getNode());
    }

    public void testLintErrorsFailTheBuildBeforeAnythingRuns() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", """
                kind: pipeline
                steps:
                - name: build
                  imgae: drone-pipeline/busybox:test
                  commands: [echo hi]
                """));
        DronePipelineJob job = Jobs.create("broken", repo.url(), "main");

        DronePipelineBuild build = job.scheduleBuild2(0).get(2, TimeUnit.MINUTES);
        String console = build.getLog();

        assertEquals(console, Result.FAILURE, build.getResult());
        assertTrue(console, console.contains(".drone.yml:4:3: "));
        assertTrue(console, console.contains("image"));
        assertTrue(build.getPipelines().isEmpty());
    }
}
