package io.jenkins.plugins.drone.jenkins;

import com.gargoylesoftware.htmlunit.FailingHttpStatusCodeException;
import com.gargoylesoftware.htmlunit.html.HtmlForm;
import com.gargoylesoftware.htmlunit.html.HtmlPage;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Pipelines;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Proves "Restart / Promote" as Drone's: after the branch moved on, restarting build #1 builds #1's commit with
 * its context and {@code DRONE_BUILD_PARENT=1}; promoting it builds #1's commit with event {@code promote} and
 * {@code DRONE_DEPLOY_TO}, and a rollback likewise; a GET changes nothing.
 */
public class RedeployIT extends DockerAgentCase {

    private static final String PIPELINE = Pipelines.showing(
            "echo \"event=$DRONE_BUILD_EVENT commit=$DRONE_COMMIT parent=$DRONE_BUILD_PARENT to=$DRONE_DEPLOY_TO\"",
            "echo \"branch=$DRONE_BRANCH file=%s\"");

    public void testRestartAndPromoteBuildThatBuildsCommit() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", PIPELINE.formatted("one")));
        String first = repo.headCommit();
        DronePipelineJob job = Jobs.create("deployable", repo.url(), "main");
        DronePipelineBuild one = job.scheduleBuild2(0).get(4, TimeUnit.MINUTES);
        assertEquals(one.getLog(), Result.SUCCESS, one.getResult());
        repo.commit(Map.of(".drone.yml", PIPELINE.formatted("two")), "moves main on");

        WebClient web = createWebClient();
        HtmlPage page = web.goTo(one.getUrl() + "drone-redeploy/");
        submit(page.getFormByName("restart"));
        DronePipelineBuild restarted = await(job, 2);
        assertTrue(restarted.getLog(), restarted.getLog().contains("event=push commit=" + first + " parent=1 to="));
        assertTrue(restarted.getLog(), restarted.getLog().contains("branch=main file=one"));

        HtmlForm promote = web.goTo(one.getUrl() + "drone-redeploy/").getFormByName("promote");
        promote.getInputByName("target").setValueAttribute("production");
        submit(promote);
        DronePipelineBuild promoted = await(job, 3);
        assertTrue(promoted.getLog(),
                promoted.getLog().contains("event=promote commit=" + first + " parent=1 to=production"));
        BuildEvent event = promoted.getAction(BuildEvent.class);
        assertEquals("production", event.getTarget());
        assertEquals(1, event.getParent());
        assertEquals("promote production " + first.substring(0, 7), promoted.getDescription());

        HtmlForm rollback = web.goTo(one.getUrl() + "drone-redeploy/").getFormByName("promote");
        rollback.getInputByName("target").setValueAttribute("staging");
        rollback.getSelectByName("event").setSelectedAttribute("rollback", true);
        submit(rollback);
        DronePipelineBuild rolledBack = await(job, 4);
        assertTrue(rolledBack.getLog(),
                rolledBack.getLog().contains("event=rollback commit=" + first + " parent=1 to=staging"));

        try {
            web.goTo(one.getUrl() + "drone-redeploy/restart");
            fail("a GET must not restart");
        } catch (FailingHttpStatusCodeException e) {
            assertEquals(405, e.getStatusCode());
        }
        Thread.sleep(1000);
        assertEquals(4, job.getBuilds().size());
    }

    private static DronePipelineBuild await(DronePipelineJob job, int number) throws Exception {
        Builds.await("build #" + number + " finished", 240,
                () -> job.getBuildByNumber(number) != null && !job.getBuildByNumber(number).isBuilding());
        DronePipelineBuild build = job.getBuildByNumber(number);
        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        return build;
    }
}
