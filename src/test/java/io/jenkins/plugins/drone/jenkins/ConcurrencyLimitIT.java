package io.jenkins.plugins.drone.jenkins;

import hudson.model.Hudson;
import hudson.model.Queue;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.queue.PipelineTask;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Proves on a real Hudson with two docker agents (so executors are free) that {@code concurrency: {limit: 1}}
 * keeps later builds' pipelines of that name in the queue, saying why on the queue item and the build page,
 * without an executor, until the running one has ended, then lets them go one at a time in build order; a
 * pipeline without a limit is not held.
 */
public class ConcurrencyLimitIT extends DockerAgentCase {

    private static final String PIPELINES = """
            kind: pipeline
            name: deploy
            clone:
              disable: true
            concurrency:
              limit: 1
            steps:
            - name: ship
              image: drone-pipeline/busybox:test
              commands:
              - sleep 8
            ---
            kind: pipeline
            name: unit
            clone:
              disable: true
            steps:
            - name: test
              image: drone-pipeline/busybox:test
              commands:
              - echo unlimited
            """;

    public void testASecondBuildsDeployWaitsForTheFirstOne() throws Exception {
        createOnlineSlave(Hudson.getInstance().getLabel("docker"));
        DronePipelineJob job = Jobs.create("deployer", GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", PIPELINES)).url(), "main");
        job.setConcurrentBuild(true);
        Future<DronePipelineBuild> first = job.scheduleBuild2(0);
        Builds.await("build #1 started", 60, () -> job.getBuildByNumber(1) != null);
        DronePipelineBuild one = job.getBuildByNumber(1);
        Builds.awaitStepRunning(one, "deploy", "ship", 120);

        Future<DronePipelineBuild> second = job.scheduleBuild2(0);
        Builds.await("build #2's deploy held in the queue", 60, () -> why(job, 2) != null);
        assertEquals("waiting: concurrency limit 1 (build #1 running deploy)", why(job, 2));
        Future<DronePipelineBuild> third = job.scheduleBuild2(0);
        Builds.await("build #3's deploy held in the queue", 60, () -> why(job, 3) != null);
        assertEquals("waiting: concurrency limit 1 (build #1 running deploy)", why(job, 3));
        DronePipelineBuild two = job.getBuildByNumber(2);
        assertEquals("waiting: concurrency limit 1 (build #1 running deploy)", two.pipeline("deploy").getReason());
        assertEquals("pending", two.pipeline("deploy").getStatus());

        assertEquals(Result.SUCCESS, first.get(120, TimeUnit.SECONDS).getResult());
        assertEquals(two.getLog(), Result.SUCCESS, second.get(120, TimeUnit.SECONDS).getResult());
        PipelineRecord deployOne = one.pipeline("deploy");
        PipelineRecord deployTwo = two.pipeline("deploy");
        assertTrue("the deploys overlapped", deployTwo.getStartedMillis() >= deployOne.getFinishedMillis());
        assertTrue("the unlimited pipeline of build #2 did not wait for build #1's deploy",
                two.pipeline("unit").getFinishedMillis() < deployOne.getFinishedMillis());
        assertEquals("", deployTwo.getReason());
        DronePipelineBuild three = third.get(120, TimeUnit.SECONDS);
        assertEquals(three.getLog(), Result.SUCCESS, three.getResult());
        assertTrue("build #3's deploy went before build #2's, or overlapped it",
                three.pipeline("deploy").getStartedMillis() >= deployTwo.getFinishedMillis());
        assertTrue(two.getLog(), two.getLog()
                .contains("[deploy] waiting: concurrency limit 1 (build #1 running deploy)"));
    }

    /** The queue's why of build {@code number}'s deploy task, or null while it is not blocked in the queue. */
    private static String why(DronePipelineJob job, int number) {
        return Arrays.stream(Hudson.getInstance().getQueue().getItems())
                .filter(item -> item.task instanceof PipelineTask task && task.getDisplayName().equals(
                        job.getFullDisplayName() + " #" + number + " » deploy"))
                .filter(Queue.Item::isBlocked).map(Queue.Item::getWhy).findFirst().orElse(null);
    }
}
