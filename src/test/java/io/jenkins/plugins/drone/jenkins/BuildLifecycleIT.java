package io.jenkins.plugins.drone.jenkins;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.support.Statuses;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerLeftovers;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;

/**
 * Proves what happens to a running Drone build when it is aborted or loses its agent, with a real agent
 * and real Docker: abort kills the running step within seconds and leaves nothing behind (a lost agent:
 * durable/LostAgentIT).
 */
public class BuildLifecycleIT extends DockerAgentCase {

    private static final String SLEEPER = """
            kind: pipeline
            name: default
            clone:
              disable: true
            steps:
            - name: sleep
              image: drone-pipeline/busybox:test
              commands:
              - echo going to sleep
              - sleep 300
            - name: after
              image: drone-pipeline/busybox:test
              commands:
              - echo never reached
            """;



    public void testAbortKillsTheRunningStepAndRemovesEverything() throws Exception {
        DronePipelineJob job = Jobs.create("abort-me", GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", SLEEPER)).url(), "main");
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        DronePipelineBuild build = awaitStarted(job);
        Builds.awaitStepRunning(build, "default", "sleep", 120);

        long abortedAt = System.currentTimeMillis();
        Builds.abort(build);
        future.get(60, TimeUnit.SECONDS);
        long tookMillis = System.currentTimeMillis() - abortedAt;

        assertEquals(build.getLog(), Result.ABORTED, build.getResult());
        assertTrue("abort took " + tookMillis + " ms", tookMillis < 20_000);
        PipelineRecord pipeline = build.pipeline("default");
        assertEquals("sleep killed, after skipped", Statuses.steps(pipeline, "sleep", "after"));
        assertTrue(DockerLeftovers.labelled("io.jenkins.drone.job", "abort-me").isEmpty());
    }

    public void testAbortWhileAPipelineWaitsForAnAgentWithdrawsItFromTheQueue() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", """
                kind: pipeline
                name: default
                node:
                  region: nowhere
                steps:
                - name: never
                  image: drone-pipeline/busybox:test
                  commands: [echo never]
                """));
        DronePipelineJob job = Jobs.create("no-agent", repo.url(), "main");
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        DronePipelineBuild build = awaitStarted(job);
        try {
            Builds.await("pipeline queued for an agent that does not exist", 60, () -> log(build)
                    .contains("no agent has label docker && \"region=nowhere\""));
        } catch (java.util.concurrent.TimeoutException e) {
            fail(e.getMessage() + "\n" + log(build));
        }
        assertEquals("pending", build.pipeline("default").getStatus());

        Builds.abort(build);
        future.get(60, TimeUnit.SECONDS);

        assertEquals(build.getLog(), Result.ABORTED, build.getResult());
        assertEquals("killed", build.pipeline("default").getStatus());
        assertEquals("skipped", build.pipeline("default").step("never").getStatus());
        assertEquals("nothing of it is left in the queue", 0, Hudson.getInstance().getQueue().getItems().length);
    }

    private static String log(DronePipelineBuild build) {
        try {
            return build.getLog();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DronePipelineBuild awaitStarted(DronePipelineJob job) throws Exception {
        Builds.await("build started", 60, () -> job.getLastBuild() != null);
        return job.getLastBuild();
    }

    private static java.util.List<String> leftovers(String job) {
        try {
            return DockerLeftovers.labelled("io.jenkins.drone.job", job);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
