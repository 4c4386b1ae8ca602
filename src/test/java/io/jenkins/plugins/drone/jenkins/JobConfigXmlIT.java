package io.jenkins.plugins.drone.jenkins;

import com.gargoylesoftware.htmlunit.HttpMethod;
import com.gargoylesoftware.htmlunit.WebRequestSettings;
import com.gargoylesoftware.htmlunit.WebResponse;
import com.gargoylesoftware.htmlunit.html.HtmlForm;
import com.gargoylesoftware.htmlunit.html.HtmlTextInput;
import hudson.model.Hudson;
import hudson.model.Result;
import hudson.util.Secret;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Proves what jobs made by scripts, JJB or older versions get, through HTTP as such clients send them: a
 * config.xml without branch, pipeline file, agent label and timeout takes the documented defaults and builds
 * on the docker agent; one without a repository, with a label expression that does not parse and a negative
 * timeout says so on its page, field by field, and its build fails with the same lines and no stack trace;
 * the configuration form refuses such values naming the field; and secrets posted in clear text to
 * {@code createItem} and {@code POST config.xml} are encrypted on disk right away.
 */
public class JobConfigXmlIT extends DockerAgentCase {

    private static final String QUICK = """
            kind: pipeline
            name: default
            clone:
              disable: true
            steps:
            - name: hello
              image: drone-pipeline/busybox:test
              commands: [echo hello]
            """;
    private static final String OPEN = "<io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>";
    private static final String CLOSE = "</io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>";

    private WebClient client;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        client = createWebClient();
        client.setThrowExceptionOnFailingStatusCode(false);
    }

    public void testMissingFieldsTakeTheDocumentedDefaults() throws Exception {
        String repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", QUICK)).url();
        DronePipelineJob job = create("minimal", OPEN + "<repositoryUrl>" + repo + "</repositoryUrl>" + CLOSE);

        assertEquals(List.of("main", ".drone.yml", "docker", 60),
                List.of(job.getBranch(), job.getYamlPath(), job.getAgentLabel(), job.getTimeoutMinutes()));
        assertEquals(List.of(), job.getConfigurationProblems());
        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        assertTrue(build.getLog(), build.getLog().contains("Reading .drone.yml at refs/heads/main"));
        assertEquals(agent.getNodeName(), build.pipeline("default").getNode());
    }

    public void testAConfigurationThatCannotRunSaysWhyOnTheJobPageAndInTheBuild() throws Exception {
        DronePipelineJob job = create("broken", OPEN + "<agentLabel>docker &amp;&amp;</agentLabel>"
                + "<timeoutMinutes>-5</timeoutMinutes>" + CLOSE);

        String page = client.goTo(job.getUrl()).getWebResponse().getContentAsString();
        assertTrue(page, page.contains("This job cannot run until its configuration is fixed"));
        for (String field : List.of("(repositoryUrl)", "(agentLabel)", "(timeoutMinutes)")) {
            assertTrue(field + " in " + page, page.contains(field));
        }
        DronePipelineBuild build = job.scheduleBuild2(0).get(1, TimeUnit.MINUTES);
        String console = build.getLog();
        assertEquals(console, Result.FAILURE, build.getResult());
        assertTrue(console, console.contains("ERROR: Repository URL (repositoryUrl): A repository URL is required."));
        assertTrue(console, console.contains(
                "ERROR: Agent label (agentLabel): Invalid label expression \u201cdocker &&\u201d"));
        assertTrue(console, console.contains(
                "ERROR: Pipeline timeout (timeoutMinutes): \u201c-5\u201d is not a positive"));
        assertFalse(console, console.contains("Exception"));
    }

    public void testTheFormRefusesInvalidValuesNamingTheField() throws Exception {
        String repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", QUICK)).url();
        DronePipelineJob job = Jobs.create("form", repo, "main");

        String refused = submitWith(job, "_.timeoutMinutes", "-3").getContentAsString();
        assertTrue(refused, refused.contains(
                "Pipeline timeout (timeoutMinutes): \u201c-3\u201d is not a positive number"));
        assertEquals(60, job.getTimeoutMinutes());
        refused = submitWith(job, "_.agentLabel", "docker &&").getContentAsString();
        assertTrue(refused, refused.contains(
                "Agent label (agentLabel): Invalid label expression \u201cdocker &amp;&amp;\u201d"));
        assertEquals("docker", job.getAgentLabel());
        submitWith(job, "_.timeoutMinutes", "7");
        assertEquals(7, job.getTimeoutMinutes());
    }

    public void testSecretsPostedInClearTextAreEncryptedOnDisk() throws Exception {
        String repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", QUICK)).url();
        String created = Jobs.exampleConfig(repo, "main").replace(CLOSE, secrets("created-in-clear-4711") + CLOSE);
        DronePipelineJob job = create("secretive", created);
        assertEncryptedOnDisk(job, "created-in-clear-4711");

        String updated = created.replace("created-in-clear-4711", "posted-in-clear-0815");
        WebResponse posted = post(job.getUrl() + "config.xml", updated);
        assertEquals(posted.getContentAsString(), 200, posted.getStatusCode());
        assertEncryptedOnDisk(job, "posted-in-clear-0815");
    }

    private void assertEncryptedOnDisk(DronePipelineJob job, String value) throws Exception {
        assertEquals(value, Secret.toString(job.getSecrets().get(0).getValue()));
        File configXml = new File(job.getRootDir(), "config.xml");
        Builds.await("config.xml without " + value, 15, () -> !read(configXml).contains(value));
        Thread.sleep(1000);
        assertFalse(read(configXml), read(configXml).contains(value));
        assertTrue(read(configXml), read(configXml).contains("<name>api_token</name>"));
    }

    private static String secrets(String value) {
        return """
                <secrets>
                  <io.jenkins.plugins.drone.jenkins.secrets.DroneSecret>
                    <name>api_token</name>
                    <value>%s</value>
                    <pullRequests>false</pullRequests>
                  </io.jenkins.plugins.drone.jenkins.secrets.DroneSecret>
                </secrets>
                """.formatted(value);
    }

    /** {@code POST /createItem?name=NAME} with the XML as body, as python-jenkins' create_job does. */
    private DronePipelineJob create(String name, String xml) throws Exception {
        WebResponse response = post("createItem?name=" + name, xml);
        assertEquals(response.getContentAsString(), 200, response.getStatusCode());
        return (DronePipelineJob) Hudson.getInstance().getItem(name);
    }

    private WebResponse post(String path, String xml) throws Exception {
        int query = path.indexOf('?');
        URL crumbed = client.createCrumbedUrl(query < 0 ? path : path.substring(0, query));
        URL url = query < 0 ? crumbed : new URL(crumbed + "&" + path.substring(query + 1));
        WebRequestSettings request = new WebRequestSettings(url, HttpMethod.POST);
        request.setAdditionalHeader("Content-Type", "application/xml");
        request.setRequestBody(xml);
        return client.getPage(request).getWebResponse();
    }

    /** Saves the configuration page with one text field changed, as a user does. */
    private WebResponse submitWith(DronePipelineJob job, String input, String value) throws Exception {
        HtmlForm form = client.goTo(job.getUrl() + "configure").getFormByName("config");
        ((HtmlTextInput) form.getInputByName(input)).setValueAttribute(value);
        return submit(form).getWebResponse();
    }

    /** The file's text; Hudson 1.395 saves by deleting and renaming, so a read may find it gone for a moment. */
    private static String read(File file) {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.readString(file.toPath());
            } catch (java.nio.file.NoSuchFileException e) {
                if (attempt == 50) {
                    throw new java.io.UncheckedIOException(e);
                }
                sleep(20);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
