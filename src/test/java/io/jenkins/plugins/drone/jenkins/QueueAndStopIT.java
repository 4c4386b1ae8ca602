package io.jenkins.plugins.drone.jenkins;

import com.gargoylesoftware.htmlunit.HttpMethod;
import com.gargoylesoftware.htmlunit.WebRequestSettings;
import com.gargoylesoftware.htmlunit.WebResponse;
import com.gargoylesoftware.htmlunit.html.HtmlAnchor;
import com.gargoylesoftware.htmlunit.html.HtmlElement;
import com.gargoylesoftware.htmlunit.html.HtmlPage;
import hudson.model.Hudson;
import hudson.model.Result;
import hudson.security.GlobalMatrixAuthorizationStrategy;
import hudson.security.HudsonPrivateSecurityRealm;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.DockerLeftovers;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.support.Statuses;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;

/**
 * Proves what clients of the Jenkins API see of a running Drone build, over HTTP as they ask for it: while one
 * pipeline sleeps on the agent and another waits for an agent that does not exist, {@code /queue/api/json} and
 * the agent's {@code api/json} at depth 0 to 2 answer with the waiting pipeline (name, url of its build, why it
 * waits) and the running one (build number and url, as python-jenkins' get_running_builds reads them), and the
 * build page says which label no agent has. Then {@code POST job/X/N/stop} (python-jenkins' stop_build), the
 * build page's stop button and the dashboard's stop of the build's one-off executor each end the build ABORTED
 * within seconds, with its running pipeline killed, its queued one withdrawn and no container left.
 */
public class QueueAndStopIT extends DockerAgentCase {

    private static final String SLEEP_AND_WAIT = """
            kind: pipeline
            name: sleeper
            clone:
              disable: true
            steps:
            - name: sleep
              image: drone-pipeline/busybox:test
              commands: [sleep 300]
            ---
            kind: pipeline
            name: stranded
            clone:
              disable: true
            node:
              region: nowhere
            steps:
            - name: never
              image: drone-pipeline/busybox:test
              commands: [echo never]
            """;

    private WebClient client;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        client = createWebClient();
        client.setThrowExceptionOnFailingStatusCode(false);
        client.setJavaScriptEnabled(false);
    }

    public void testQueueAndAgentApiShowThePipelinesAndStopOverHttpAbortsTheBuild() throws Exception {
        DronePipelineJob job = Jobs.create("queue-api", repo(), "main");
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        DronePipelineBuild build = awaitSleeping(job);

        for (int depth = 0; depth <= 2; depth++) {
            JSONObject queue = json("queue/api/json?depth=" + depth);
            JSONArray items = queue.getJSONArray("items");
            assertEquals(queue.toString(), 1, items.size());
            JSONObject item = items.getJSONObject(0);
            JSONObject task = item.getJSONObject("task");
            assertEquals(item.toString(), "queue-api #1 » stranded", task.getString("name"));
            assertTrue(item.toString(), task.getString("url").endsWith("/job/queue-api/1/"));
            assertEquals(item.toString(), "stranded", task.getString("pipeline"));
            assertTrue(item.toString(), item.getString("why").length() > 0);
            if (depth > 0) {
                assertEquals(item.toString(), 1, task.getJSONObject("build").getInt("number"));
            }

            JSONObject computer = json("computer/" + agent.getNodeName() + "/api/json?depth=" + depth);
            assertTrue(computer.toString(), computer.getJSONArray("executors").size() > 0);
            if (depth > 0) {
                JSONObject running = runningExecutable(computer);
                assertEquals(computer.toString(), 1, running.getInt("number"));
                assertTrue(computer.toString(), running.getString("url").endsWith("/job/queue-api/1/"));
                assertEquals(computer.toString(), "sleeper", running.getString("pipeline"));
                assertEquals(computer.toString(), "queue-api #1 » sleeper", running.getString("fullDisplayName"));
            }
        }
        HtmlPage page = client.goTo(build.getUrl());
        List<?> reasons = page.getByXPath("//div[@class='drone-pipeline-reason']");
        assertEquals(page.asText(), 1, reasons.size());
        assertTrue(page.asText(), ((HtmlElement) reasons.get(0)).asText()
                .startsWith("no agent has label docker && \"region=nowhere\""));
        assertTrue(build.getLog(),
                build.getLog().contains("[stranded] no agent has label docker && \"region=nowhere\""));

        URL stopUrl = client.createCrumbedUrl(build.getUrl() + "stop");
        WebRequestSettings stop = new WebRequestSettings(stopUrl, HttpMethod.POST);
        assertStops(build, future, () -> client.getPage(stop).getWebResponse());
    }

    public void testTheBuildPagesStopButtonAbortsTheBuild() throws Exception {
        DronePipelineJob job = Jobs.create("stop-button", repo(), "main");
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        DronePipelineBuild build = awaitSleeping(job);

        HtmlPage page = client.goTo(build.getUrl());
        HtmlAnchor button = page.getAnchorByHref("stop");
        assertStops(build, future, () -> button.click().getWebResponse());
    }

    public void testTheDashboardsStopOfTheBuildsExecutorAbortsTheBuild() throws Exception {
        DronePipelineJob job = Jobs.create("stop-dashboard", repo(), "main");
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        DronePipelineBuild build = awaitSleeping(job);

        HtmlPage dashboard = client.goTo("");
        HtmlAnchor stop = dashboard.getAnchors().stream()
                .filter(a -> a.getHrefAttribute().matches(".*/oneOffExecutors/\\d+/stop"))
                .findFirst().orElseThrow(() -> new AssertionError("no stop link: " + dashboard.asXml()));
        assertStops(build, future, () -> stop.click().getWebResponse());
    }

    public void testTheQueueShowsTheBuildOnlyToThoseWhoMayReadTheJob() throws Exception {
        HudsonPrivateSecurityRealm realm = new HudsonPrivateSecurityRealm(false);
        realm.createAccount("reader", "reader");
        realm.createAccount("outsider", "outsider");
        Hudson.getInstance().setSecurityRealm(realm);
        GlobalMatrixAuthorizationStrategy auth = new GlobalMatrixAuthorizationStrategy();
        auth.add(Hudson.ADMINISTER, "reader");
        auth.add(Hudson.READ, "outsider");
        Hudson.getInstance().setAuthorizationStrategy(auth);
        DronePipelineJob job = Jobs.create("queue-private", repo(), "main");
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        DronePipelineBuild build = awaitSleeping(job);

        client = createWebClient().login("reader");
        assertEquals(1, json("queue/api/json?depth=1").getJSONArray("items").getJSONObject(0)
                .getJSONObject("task").getJSONObject("build").getInt("number"));
        client = createWebClient().login("outsider");
        JSONObject task = json("queue/api/json?depth=1").getJSONArray("items").getJSONObject(0).getJSONObject("task");
        assertTrue(task.toString(), task.opt("build") == null || task.getJSONObject("build").isNullObject());

        Builds.abort(build);
        future.get(60, TimeUnit.SECONDS);
    }

    /** The request ends the build ABORTED within seconds and leaves nothing behind. */
    private void assertStops(DronePipelineBuild build, Future<DronePipelineBuild> future, Request request)
            throws Exception {
        long stoppedAt = System.currentTimeMillis();
        WebResponse response = request.send();
        assertTrue("status " + response.getStatusCode(), response.getStatusCode() < 400);
        future.get(60, TimeUnit.SECONDS);
        long tookMillis = System.currentTimeMillis() - stoppedAt;

        assertEquals(build.getLog(), Result.ABORTED, build.getResult());
        assertTrue("stop took " + tookMillis + " ms", tookMillis < 20_000);
        assertEquals("sleeper: killed[sleep killed] | stranded: killed[never skipped]",
                Statuses.of(build.getPipelines()));
        assertEquals(0, Hudson.getInstance().getQueue().getItems().length);
        assertTrue(DockerLeftovers.labelled("io.jenkins.drone.job", build.getParent().getName()).isEmpty());
    }

    private DronePipelineBuild awaitSleeping(DronePipelineJob job) throws Exception {
        Builds.await("build started", 60, () -> job.getLastBuild() != null);
        DronePipelineBuild build = job.getLastBuild();
        Builds.awaitStepRunning(build, "sleeper", "sleep", 120);
        Builds.await("stranded pipeline queued", 30, () -> Hudson.getInstance().getQueue().getItems().length == 1);
        return build;
    }

    private String repo() throws Exception {
        return GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", SLEEP_AND_WAIT)).url();
    }

    private JSONObject json(String path) throws Exception {
        WebResponse response = client.getPage(new WebRequestSettings(new URL(getURL(), path))).getWebResponse();
        assertEquals(path + ": " + response.getContentAsString(), 200, response.getStatusCode());
        return JSONObject.fromObject(response.getContentAsString());
    }

    private static JSONObject runningExecutable(JSONObject computer) {
        JSONArray executors = computer.getJSONArray("executors");
        for (int i = 0; i < executors.size(); i++) {
            Object executable = executors.getJSONObject(i).opt("currentExecutable");
            if (executable instanceof JSONObject running && !running.isNullObject()) {
                return running;
            }
        }
        throw new AssertionError("no executor runs anything: " + computer);
    }

    /** One HTTP request a user or client sends. */
    private interface Request {
        WebResponse send() throws Exception;
    }
}
