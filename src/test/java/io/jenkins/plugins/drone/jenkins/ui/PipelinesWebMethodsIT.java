package io.jenkins.plugins.drone.jenkins.ui;

import io.jenkins.plugins.drone.jenkins.logs.LogFiles;

import com.gargoylesoftware.htmlunit.HttpMethod;
import com.gargoylesoftware.htmlunit.WebRequestSettings;
import com.gargoylesoftware.htmlunit.WebResponse;
import com.gargoylesoftware.htmlunit.html.HtmlElement;
import com.gargoylesoftware.htmlunit.html.HtmlPage;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.model.Result;
import hudson.security.GlobalMatrixAuthorizationStrategy;
import hudson.security.HudsonPrivateSecurityRealm;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;

/**
 * Proves the web methods over HTTP in a secured Hudson: step logs are served as byte ranges with the
 * progressive-text headers, only for names in the records (no path traversal); the whole-pipeline log has
 * every entry in order; redacting needs POST and Run.DELETE, replaces only that step's file with a note
 * and leaves the console alone; "lint this YAML" is on the configuration page, needs Item.CONFIGURE and
 * reports FILE:LINE:COL problems.
 */
public class PipelinesWebMethodsIT extends DockerAgentCase {

    private DronePipelineBuild build;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", UiFixtures.TWO_PIPELINES));
        DronePipelineJob job = Jobs.create("app", repo.url(), "main");
        build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        assertEquals(build.getLog(), Result.FAILURE, build.getResult());
        // a saved realm (the dummy one of the harness cannot be serialised when the strategy is saved)
        HudsonPrivateSecurityRealm realm = new HudsonPrivateSecurityRealm(false);
        realm.createAccount("admin", "admin");
        realm.createAccount("reader", "reader");
        Hudson.getInstance().setSecurityRealm(realm);
        GlobalMatrixAuthorizationStrategy auth = new GlobalMatrixAuthorizationStrategy();
        auth.add(Hudson.ADMINISTER, "admin");
        auth.add(Hudson.READ, "reader");
        auth.add(Item.READ, "reader");
        Hudson.getInstance().setAuthorizationStrategy(auth);
    }

    public void testLogsAreByteRangesOfKnownStepsOnly() throws Exception {
        WebClient reader = client("reader");
        byte[] greet = Files.readAllBytes(stepLog("backend", "greet").toPath());

        WebResponse all = get(reader, "drone/log?pipeline=backend&step=greet&start=0");
        assertEquals(200, all.getStatusCode());
        assertEquals(new String(greet, StandardCharsets.UTF_8), all.getContentAsString());
        assertEquals(String.valueOf(greet.length), all.getResponseHeaderValue("X-Text-Size"));
        assertNull("a finished step has no more data", all.getResponseHeaderValue("X-More-Data"));

        WebResponse middle = get(reader, "drone/log?pipeline=backend&step=greet&start=5&end=12");
        assertEquals(new String(greet, 5, 7, StandardCharsets.UTF_8), middle.getContentAsString());
        assertEquals("12", middle.getResponseHeaderValue("X-Text-Size"));
        WebResponse past = get(reader, "drone/log?pipeline=backend&step=greet&start=" + (greet.length + 100));
        assertEquals("", past.getContentAsString());
        assertEquals(String.valueOf(greet.length), past.getResponseHeaderValue("X-Text-Size"));

        assertEquals(404, get(reader, "drone/log?pipeline=backend&step=" + encode("../../build.xml")).getStatusCode());
        assertEquals(404, get(reader, "drone/log?pipeline=" + encode("../0") + "&step=greet").getStatusCode());
        assertEquals(404, get(reader, "drone/pipelineLog?pipeline=nope").getStatusCode());

        String whole = get(reader, "drone/pipelineLog?pipeline=backend").getContentAsString();
        assertTrue(whole, whole.indexOf("----- greet (success) -----") < whole.indexOf("green hello"));
        assertTrue(whole, whole.indexOf("green hello") < whole.indexOf("----- test (failure) -----"));
        assertTrue(whole, whole.contains("----- publish (skipped) -----"));
        WebResponse state = get(reader, "drone/state");
        assertTrue(state.getContentAsString().contains("\"building\":false"));
        assertTrue("the page needs no list of final statuses", state.getContentAsString().contains("\"finished\":true"));
        assertEquals("a finished build's state is cacheable", "private, max-age=3600", state.getResponseHeaderValue("Cache-Control"));
    }

    // Malformed or missing parameters get a 400 and unknown names a 404, each with a message in plain text, never
    // a stack trace.
    public void testMalformedParametersGetAClearMessage() throws Exception {
        WebClient reader = client("reader");
        assertRefused(get(reader, "drone/log?pipeline=backend"), 400, "The parameter step is required.");
        assertRefused(get(reader, "drone/log?step=greet"), 400, "The parameter pipeline is required.");
        assertRefused(get(reader, "drone/pipelineLog"), 400, "The parameter pipeline is required.");
        assertRefused(get(reader, "drone/log?pipeline=backend&step=greet&start=abc"), 400,
                "start must be a byte offset (a whole number, 0 or more), not \u201cabc\u201d.");
        assertRefused(get(reader, "drone/log?pipeline=backend&step=greet&start=-4"), 400, "not \u201c-4\u201d");
        assertRefused(get(reader, "drone/log?pipeline=backend&step=greet&end=99999999999999999999"), 400,
                "end must be a byte offset");
        assertRefused(get(reader, "drone/log?pipeline=backend&step=greet&start=10&end=5"), 400,
                "end (5) must not be before start (10).");
        assertRefused(get(reader, "drone/log?pipeline=nope&step=greet"), 404, "This build has no pipeline \u201cnope\u201d.");
        assertRefused(get(reader, "drone/log?pipeline=backend&step=" + encode("../x")), 404,
                "The pipeline \u201cbackend\u201d has no step \u201c../x\u201d.");
        assertRefused(post(client("admin"), "drone/redact?pipeline=backend"), 400, "The parameter step is required.");
    }

    private static void assertRefused(WebResponse response, int status, String message) {
        String body = response.getContentAsString();
        assertEquals(body, status, response.getStatusCode());
        assertTrue(body, body.contains(message));
        assertFalse(body, body.contains("Exception") || body.contains("at io.jenkins"));
    }

    public void testRedactNeedsPostAndDeletePermissionAndOnlyTouchesTheStepLog() throws Exception {
        String url = "drone/redact?pipeline=backend&step=greet";
        assertEquals(405, get(client("admin"), url).getStatusCode());
        WebResponse denied = post(client("reader"), url);
        assertEquals(403, denied.getStatusCode());
        assertTrue(denied.getContentAsString(), denied.getContentAsString().contains("reader is missing the Delete permission"));
        assertTrue(Files.readString(stepLog("backend", "greet").toPath()).contains("green hello"));

        WebResponse done = post(client("admin"), url);
        assertEquals(done.getContentAsString(), 200, done.getStatusCode());
        String log = Files.readString(stepLog("backend", "greet").toPath());
        assertTrue(log, log.startsWith("This log was redacted by admin on "));
        assertFalse(log, log.contains("green hello"));
        assertTrue("other steps keep their logs", Files.readString(stepLog("backend", "test").toPath()).contains("running tests"));
        assertTrue("the console is Jenkins' own and is kept", build.getLog().contains("green hello"));
        assertEquals(404, post(client("admin"), "drone/redact?pipeline=backend&step=nope").getStatusCode());
    }

    public void testLintYamlNeedsConfigureAndReportsProblemsWithPositions() throws Exception {
        GitFixture broken = GitFixture.create(createTmpDir(), "main", Map.of("ci/pipeline.yml", """
                kind: pipeline
                steps:
                - name: build
                  imgae: drone-pipeline/busybox:test
                """));
        DronePipelineJob job = (DronePipelineJob) Hudson.getInstance().getItem("app");
        String lint = "descriptor/" + DronePipelineJob.class.getName() + "/lintYaml?branch=main&repositoryUrl=";
        String configure = rootGet(client("admin"), job.getUrl() + "configure").getContentAsString();
        assertTrue("the configuration page has the button", configure.contains("value=\"Lint this YAML\""));
        assertTrue(configure, configure.contains("/lintYaml','jobName,repositoryUrl,branch,yamlPath,credentialsId'"));

        String ok = rootPost(client("admin"), lint + encode(job.getRepositoryUrl()) + "&yamlPath=.drone.yml").getContentAsString();
        assertTrue(ok, ok.contains("No problems."));
        String bad = rootPost(client("admin"), lint + encode(broken.url()) + "&yamlPath=ci/pipeline.yml").getContentAsString();
        assertTrue(bad, bad.contains("ci/pipeline.yml:4:3: "));
        String missing = rootPost(client("admin"), lint + encode(broken.url()) + "&yamlPath=.drone.yml").getContentAsString();
        assertTrue(missing, missing.contains(".drone.yml does not exist at refs/heads/main"));
        assertEquals(403, rootPost(client("reader"), lint + encode(broken.url())).getStatusCode());
        String byGet = rootGet(client("admin"), lint + encode(job.getRepositoryUrl()) + "&yamlPath=.drone.yml").getContentAsString();
        assertTrue("linting reaches the network, so it needs a POST: " + byGet, byGet.contains("This needs a POST request."));
    }

    // The job form checks its fields as they are typed, says what is wrong with a value, and needs
    // Configure like the form itself.
    public void testJobFieldChecksSayWhatIsWrong() throws Exception {
        String check = "descriptor/" + DronePipelineJob.class.getName() + "/check";
        WebClient admin = client("admin");
        assertTrue(rootGet(admin, check + "RepositoryUrl?value=").getContentAsString().contains("A repository URL is required."));
        String label = rootGet(admin, check + "AgentLabel?value=" + encode("docker &&")).getContentAsString();
        assertTrue(label, label.contains("Invalid label expression"));
        String known = rootGet(admin, check + "AgentLabel?value=docker").getContentAsString();
        assertFalse(known, known.contains("error") || known.contains("warning"));
        String none = rootGet(admin, check + "AgentLabel?value=" + encode("gpu && arm64")).getContentAsString();
        assertTrue(none, none.contains("No agent or cloud matches"));
        String timeout = rootGet(admin, check + "TimeoutMinutes?value=0").getContentAsString();
        assertTrue(timeout, timeout.contains("is not a positive number of minutes"));
        assertEquals(403, rootGet(client("reader"), check + "AgentLabel?value=docker").getStatusCode());
    }

    private File stepLog(String pipeline, String step) {
        return LogFiles.of(build.getAction(PipelinesAction.class), pipeline, step);
    }

    private WebClient client(String user) throws Exception {
        WebClient client = createWebClient().login(user);
        client.setThrowExceptionOnFailingStatusCode(false);
        client.setPrintContentOnFailingStatusCode(false);
        client.setJavaScriptEnabled(false);
        return client;
    }

    private WebResponse get(WebClient client, String path) throws Exception {
        return rootGet(client, build.getUrl() + path);
    }

    private WebResponse rootGet(WebClient client, String path) throws Exception {
        return client.getPage(new WebRequestSettings(new URL(getURL(), path))).getWebResponse();
    }

    /** POSTs to {@code path} (from the root) with a crumb, as a form's validate button does. */
    private WebResponse rootPost(WebClient client, String path) throws Exception {
        int query = path.indexOf('?');
        URL crumbed = client.createCrumbedUrl(query < 0 ? path : path.substring(0, query));
        URL url = query < 0 ? crumbed : new URL(crumbed + "&" + path.substring(query + 1));
        return client.getPage(new WebRequestSettings(url, HttpMethod.POST)).getWebResponse();
    }

    /** POSTs as the page's script does: with the crumb header the page renders in its data attributes. */
    private WebResponse post(WebClient client, String path) throws Exception {
        HtmlElement app = ((HtmlPage) client.getPage(new URL(getURL(), build.getUrl() + "drone/")))
                .getElementById("drone-pipelines");
        WebRequestSettings request = new WebRequestSettings(new URL(getURL(), build.getUrl() + path), HttpMethod.POST);
        request.setAdditionalHeader(app.getAttribute("data-crumb-field"), app.getAttribute("data-crumb"));
        return client.getPage(request).getWebResponse();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
