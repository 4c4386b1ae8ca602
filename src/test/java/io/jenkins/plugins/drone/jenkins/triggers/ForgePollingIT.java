package io.jenkins.plugins.drone.jenkins.triggers;

import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Pipelines;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.HashMap;
import java.util.Map;

/**
 * Proves polling of a job linked to a forge, the fallback for forges that cannot reach Jenkins: the first poll
 * builds the job's branch; a later one builds, with one ls-remote, each moved branch (before = the head the last
 * poll built), each new branch and each new tag, with the context a webhook would give; an unchanged poll
 * builds nothing.
 */
public class ForgePollingIT extends DockerAgentCase {

    private static final String PIPELINE = Pipelines.showing(
            "echo \"event=$DRONE_BUILD_EVENT ref=$DRONE_COMMIT_REF before=$DRONE_COMMIT_BEFORE tag=$DRONE_TAG\"");

    public void testEveryNewHeadAndTagBuildsOnce() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", PIPELINE));
        String first = repo.headCommit();
        repo.setRef("refs/tags/old", first);
        DronePipelineJob job = Jobs.createLinked("polled", repo.url(), "acme/app", "gitea", "s3");
        RepositoryPollTrigger trigger = new RepositoryPollTrigger("* * * * *");
        job.addTrigger(trigger);
        trigger.start(job, true);

        trigger.run();
        awaitBuilds(job, 1);
        assertEquals("refs/heads/main", job.getBuildByNumber(1).getAction(BuildEvent.class).getRef());

        String second = repo.commit(Map.of("NEWS", "more\n"), "main moves");
        repo.newBranch("feature");
        String feature = repo.commit(Map.of("feature.txt", "x\n"), "a feature");
        repo.setRef("refs/tags/v1.0.0", second);
        trigger.run();
        awaitBuilds(job, 4);
        Map<String, DronePipelineBuild> byRef = new HashMap<>();
        for (int n = 2; n <= 4; n++) {
            DronePipelineBuild build = job.getBuildByNumber(n);
            assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
            byRef.put(build.getRef(), build);
        }
        assertTrue(byRef.get("refs/heads/main").getLog().contains("event=push ref=refs/heads/main before=" + first));
        assertEquals(second, byRef.get("refs/heads/main").getCommit());
        assertTrue(byRef.get("refs/heads/feature").getLog().contains("event=push ref=refs/heads/feature before= "));
        assertEquals(feature, byRef.get("refs/heads/feature").getCommit());
        assertTrue(byRef.get("refs/tags/v1.0.0").getLog()
                .contains("event=tag ref=refs/tags/v1.0.0 before= tag=v1.0.0"));

        trigger.run();
        Thread.sleep(1500);
        assertEquals("nothing moved, nothing built; the old tag never built", 4, job.getBuilds().size());
    }

    private static void awaitBuilds(DronePipelineJob job, int count) throws Exception {
        Builds.await(count + " builds finished", 300, () -> job.getBuilds().size() == count
                && job.getBuilds().stream().noneMatch(DronePipelineBuild::isBuilding));
    }
}
