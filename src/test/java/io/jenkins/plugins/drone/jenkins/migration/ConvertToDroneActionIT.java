package io.jenkins.plugins.drone.jenkins.migration;

import com.gargoylesoftware.htmlunit.FailingHttpStatusCodeException;
import com.gargoylesoftware.htmlunit.Page;
import com.gargoylesoftware.htmlunit.WebResponse;
import com.gargoylesoftware.htmlunit.html.HtmlForm;
import com.gargoylesoftware.htmlunit.html.HtmlPage;
import hudson.model.FreeStyleProject;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.security.GlobalMatrixAuthorizationStrategy;
import hudson.security.csrf.DefaultCrumbIssuer;
import hudson.model.Result;
import hudson.tasks.ArtifactArchiver;
import hudson.tasks.Shell;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves the "Convert to .drone.yml" action of freestyle jobs in a real Hudson: the page previews the YAML
 * the converter makes of the job's shell steps with its warnings, the download returns it as a .drone.yml
 * attachment, and the form creates a Drone pipeline job (with crumbs on) that builds the committed YAML —
 * but only for a POST by a user with Item.CREATE, and the YAML is only shown to users who may see the job's
 * configuration.
 */
public class ConvertToDroneActionIT extends HudsonTestCase {

    private FreeStyleProject legacy;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        legacy = createFreeStyleProject("legacy");
        legacy.getBuildersList().add(new Shell("echo building\necho tested > result.txt"));
        legacy.getBuildersList().add(new Shell("cat result.txt"));
        legacy.getPublishersList().add(new ArtifactArchiver("result.txt", "", false));
        legacy.save();
    }

    // The job page links the action, and the page shows the shell steps as commands of a pipeline and warns
    // about what it could not convert (the artifact archiver).
    public void testPreviewShowsTheYamlOfTheShellSteps() throws Exception {
        HtmlPage jobPage = new WebClient().getPage(legacy);
        assertNotNull(jobPage.getAnchorByHref("/job/legacy/drone-convert"));

        HtmlPage page = new WebClient().goTo("job/legacy/drone-convert/?image=drone-pipeline/busybox:test");
        String yaml = page.getElementById("drone-convert-yaml").asText();

        assertTrue(yaml, yaml.contains("kind: pipeline"));
        assertTrue(yaml, yaml.contains("image: drone-pipeline/busybox:test"));
        assertTrue(yaml, yaml.contains("echo tested > result.txt"));
        assertTrue(yaml, yaml.contains("cat result.txt"));
        String warnings = page.getElementById("drone-convert-warnings").asText();
        assertTrue(warnings, warnings.contains("hudson.tasks.ArtifactArchiver"));
    }

    // The download is the same YAML, as text/yaml and an attachment named .drone.yml.
    public void testDownloadReturnsTheYamlAsAnAttachment() throws Exception {
        Page download = new WebClient().goTo("job/legacy/drone-convert/drone-yml?image=drone-pipeline/busybox:test",
                "text/yaml");
        WebResponse response = download.getWebResponse();

        assertEquals("attachment; filename=\".drone.yml\"", response.getResponseHeaderValue("Content-Disposition"));
        String yaml = response.getContentAsString();
        assertTrue(yaml, yaml.contains("image: drone-pipeline/busybox:test"));
        assertTrue(yaml, yaml.contains("cat result.txt"));
    }

    // The form creates a Drone pipeline job for the given repository and branch and says where the YAML goes.
    public void testCreateFormCreatesADronePipelineJob() throws Exception {
        Hudson.getInstance().setCrumbIssuer(new DefaultCrumbIssuer(false));
        HtmlForm form = new WebClient().goTo("job/legacy/drone-convert/").getFormByName("createJob");
        form.getInputByName("name").setValueAttribute("legacy-drone");
        form.getInputByName("repositoryUrl").setValueAttribute("https://git.example.com/team/legacy.git");
        form.getInputByName("branch").setValueAttribute("develop");

        HtmlPage created = submit(form);

        DronePipelineJob job = (DronePipelineJob) Hudson.getInstance().getItem("legacy-drone");
        assertNotNull(created.asText(), job);
        assertEquals("https://git.example.com/team/legacy.git", job.getRepositoryUrl());
        assertEquals("develop", job.getBranch());
        assertEquals(".drone.yml", job.getYamlPath());
        assertEquals("docker", job.getAgentLabel());
        assertEquals(60, job.getTimeoutMinutes());
        assertTrue(created.asText(), created.asText().contains("develop"));
        assertTrue(created.getElementById("drone-convert-yaml").asText().contains("cat result.txt"));
        assertEquals("/job/legacy-drone/", created.getElementById("drone-created-job").getAttribute("href")
                .replaceFirst("^.*?/job/", "/job/"));
    }

    // The converted YAML, committed to a repository, builds green in the Drone pipeline job the form created
    // for that repository, on an agent labeled docker.
    public void testJobCreatedFromTheConversionBuildsTheCommittedYaml() throws Exception {
        createOnlineSlave(Hudson.getInstance().getLabel("docker"));
        String yaml = new WebClient().goTo("job/legacy/drone-convert/drone-yml?image=drone-pipeline/busybox:test",
                "text/yaml").getWebResponse().getContentAsString();
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", yaml));
        HtmlForm form = new WebClient().goTo("job/legacy/drone-convert/").getFormByName("createJob");
        form.getInputByName("name").setValueAttribute("legacy-drone");
        form.getInputByName("repositoryUrl").setValueAttribute(repo.url());
        submit(form);

        DronePipelineJob job = (DronePipelineJob) Hudson.getInstance().getItem("legacy-drone");
        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);

        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        assertTrue(build.getLog(), build.getLog().contains("] tested"));
    }

    // A name that is taken is refused with the reason on the form, and the existing job is left alone.
    public void testCreatingRefusesATakenName() throws Exception {
        HtmlForm form = new WebClient().goTo("job/legacy/drone-convert/").getFormByName("createJob");
        form.getInputByName("name").setValueAttribute("legacy");
        form.getInputByName("repositoryUrl").setValueAttribute("https://git.example.com/team/legacy.git");

        try {
            submit(form);
            fail("a taken name was accepted");
        } catch (FailingHttpStatusCodeException e) {
            assertEquals(400, e.getStatusCode());
            assertTrue(e.getResponse().getContentAsString().contains("A job named legacy already exists."));
        }
        assertTrue(Hudson.getInstance().getItem("legacy") instanceof FreeStyleProject);
    }

    // Without Item.CREATE a user who may read the configuration sees the YAML but cannot create the job.
    public void testCreatingIsRefusedWithoutItemCreate() throws Exception {
        secureWith("alice", Hudson.READ, Item.READ, Item.CONFIGURE);
        WebClient alice = new WebClient().login("alice");
        HtmlForm form = alice.goTo("job/legacy/drone-convert/").getFormByName("createJob");
        form.getInputByName("name").setValueAttribute("sneaky");
        form.getInputByName("repositoryUrl").setValueAttribute("https://git.example.com/team/legacy.git");

        assertEquals(403, statusOf(() -> submit(form)));
        assertNull(Hudson.getInstance().getItem("sneaky"));
    }

    // A user who may only read the job neither sees the action nor gets the YAML page or download.
    public void testYamlIsHiddenWithoutExtendedRead() throws Exception {
        secureWith("bob", Hudson.READ, Item.READ);
        WebClient bob = new WebClient().login("bob");

        assertTrue(bob.getPage(legacy).getAnchors().stream()
                .noneMatch(a -> a.getHrefAttribute().contains("drone-convert")));
        assertEquals(403, statusOf(() -> bob.goTo("job/legacy/drone-convert/")));
        assertEquals(403, statusOf(() -> bob.goTo("job/legacy/drone-convert/drone-yml", "text/yaml")));
    }

    // A GET never creates a job, even with every parameter given.
    public void testCreatingIsRefusedForGet() throws Exception {
        int status = statusOf(() -> new WebClient()
                .goTo("job/legacy/drone-convert/createJob?name=by-get&repositoryUrl=https://git.example.com/x.git"));

        assertEquals(405, status);
        assertNull(Hudson.getInstance().getItem("by-get"));
    }

    private void secureWith(String user, hudson.security.Permission... permissions) {
        Hudson hudson = Hudson.getInstance();
        hudson.setSecurityRealm(createDummySecurityRealm());
        GlobalMatrixAuthorizationStrategy authorization = new GlobalMatrixAuthorizationStrategy();
        for (hudson.security.Permission permission : permissions) {
            authorization.add(permission, user);
        }
        hudson.setAuthorizationStrategy(authorization);
    }

    /** The HTTP status a request fails with; fails the test when it succeeds. */
    private static int statusOf(Request request) throws Exception {
        try {
            request.send();
        } catch (FailingHttpStatusCodeException e) {
            return e.getStatusCode();
        }
        fail("the request succeeded");
        return 0;
    }

    private interface Request {
        void send() throws Exception;
    }
}
