package io.jenkins.plugins.drone.jenkins;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.triggers.DroneCronTrigger;
import io.jenkins.plugins.drone.jenkins.triggers.RepositoryPollTrigger;
import java.util.Map;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;

/**
 * Proves the job's triggers: a named Drone cron schedule starts a build with event cron and that name
 * (so when: cron selects steps), and repository polling builds once per new commit on the branch.
 */
public class TriggersIT extends DockerAgentCase {

    private static final String CRON_AWARE = """
            kind: pipeline
            name: default
            clone:
              disable: true
            steps:
            - name: show
              image: drone-pipeline/busybox:test
              commands:
              - echo "event=$DRONE_BUILD_EVENT cron=$DRONE_CRON"
            - name: nightly-only
              image: drone-pipeline/busybox:test
              commands: [echo nightly work]
              when:
                cron: [nightly]
            - name: weekly-only
              image: drone-pipeline/busybox:test
              commands: [echo weekly work]
              when:
                cron: [weekly]
            """;


    public void testNamedCronScheduleStartsACronBuildWithItsName() throws Exception {
        DronePipelineJob job = Jobs.create("cron", GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", CRON_AWARE)).url(), "main");
        DroneCronTrigger trigger = new DroneCronTrigger("nightly: * * * * *\nweekly: 0 0 1 1 *");
        job.addTrigger(trigger);
        trigger.start(job, true);
        trigger.run();

        Builds.await("cron build finished", 240, () -> job.getLastBuild() != null && !job.getLastBuild().isBuilding());
        DronePipelineBuild build = job.getLastBuild();
        String console = build.getLog();
        assertEquals(console, Result.SUCCESS, build.getResult());
        assertEquals("cron", build.getEvent());
        assertTrue(console, console.contains("event=cron cron=nightly"));
        assertEquals("success", build.pipeline("default").step("nightly-only").getStatus());
        assertEquals("skipped", build.pipeline("default").step("weekly-only").getStatus());
    }

    public void testPollingBuildsOncePerNewCommit() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", CRON_AWARE));
        DronePipelineJob job = Jobs.create("polled", repo.url(), "main");
        RepositoryPollTrigger trigger = new RepositoryPollTrigger("* * * * *");
        job.addTrigger(trigger);
        trigger.start(job, true);

        trigger.run();
        Builds.await("first build finished", 240, () -> job.getLastBuild() != null && !job.getLastBuild().isBuilding());
        assertEquals(repo.headCommit(), job.getLastBuild().getCommit());
        assertEquals("push", job.getLastBuild().getEvent());

        trigger.run();
        Thread.sleep(1000);
        assertEquals("no new commit, no new build", 1, job.getBuilds().size());
        assertFalse(Hudson.getInstance().getQueue().contains(job));

        String second = repo.commit(Map.of("NEWS", "more\n"), "second commit");
        trigger.run();
        Builds.await("second build finished", 180, () -> job.getBuilds().size() == 2 && !job.getLastBuild().isBuilding());
        assertEquals(second, job.getLastBuild().getCommit());
    }
}
