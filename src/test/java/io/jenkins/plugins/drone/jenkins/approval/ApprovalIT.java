package io.jenkins.plugins.drone.jenkins.approval;

import io.jenkins.plugins.drone.jenkins.support.TestUsers;
import com.gargoylesoftware.htmlunit.FailingHttpStatusCodeException;
import com.gargoylesoftware.htmlunit.HttpMethod;
import com.gargoylesoftware.htmlunit.WebRequestSettings;
import com.gargoylesoftware.htmlunit.html.HtmlCheckBoxInput;
import com.gargoylesoftware.htmlunit.html.HtmlForm;
import com.gargoylesoftware.htmlunit.html.HtmlPage;
import com.gargoylesoftware.htmlunit.html.HtmlPasswordInput;
import hudson.model.Computer;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.job.JobSafety;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.spec.Signer;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Proves Drone's protected mode through the real web UI: a build whose file is not signed with the job's key waits
 * for approval before anything is queued, holding no executor; its approval page shows why and what would run
 * (steps, images not pinned by digest, privileges, secret names); only a user with Build may approve, only by POST;
 * an approved build runs, a declined one runs nothing and ends not built; a file signed with the key runs at once;
 * the build page says it waits, and aborting ends the wait; the job form sets these options and never shows or stores the key in clear.
 */
public class ApprovalIT extends DockerAgentCase {

    private static final String END_OF_JOB = "</io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>";
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String FILE = """
            kind: pipeline
            name: default
            clone:
              disable: true
            steps:
            - name: hello
              image: drone-pipeline/busybox:test
              environment:
                TOKEN:
                  from_secret: deploy_token
              commands: [echo approved run]
            """;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        TestUsers.install(createDummySecurityRealm(), Item.BUILD);
    }

    public void testAnUnsignedFileWaitsWithoutAnExecutorUntilApproved() throws Exception {
        DronePipelineJob job = protectedJob("unsigned", FILE);
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        DronePipelineBuild build = awaitApproval(job);

        assertTrue(build.isBuilding());
        assertTrue("nothing was queued", build.getPipelines().isEmpty());
        assertEquals(0, Hudson.getInstance().getQueue().getItems().length);
        for (Computer computer : Hudson.getInstance().getComputers()) {
            assertEquals(computer.getDisplayName() + " has no busy executor", 0, computer.countBusy());
        }

        String page = createWebClient().login("reader").goTo(build.getUrl() + "approval/").asText();
        assertTrue(page, page.contains("no kind: signature document that verifies with the job's signing key"));
        assertTrue(page, page.contains("drone-pipeline/busybox:test"));
        assertTrue(page, page.contains("not pinned by digest"));
        assertTrue(page, page.contains("deploy_token"));
        assertFalse("a reader gets no buttons", page.contains("Approve and run"));
        assertEquals(403, post(createWebClient().login("reader"), build.getUrl() + "approval/approve"));
        assertEquals(405, get(createWebClient().login("dev"), build.getUrl() + "approval/approve"));
        assertTrue(build.getAction(ApprovalAction.class).isWaiting());

        HtmlPage approval = createWebClient().login("dev").goTo(build.getUrl() + "approval/");
        submit(approval.getFormByName("approve"));
        DronePipelineBuild done = future.get(3, TimeUnit.MINUTES);
        String console = done.getLog();
        assertEquals(console, Result.SUCCESS, done.getResult());
        assertTrue(console, console.contains("Approved by dev"));
        assertTrue(console, console.contains("approved run"));
        assertEquals(ApprovalAction.Decision.APPROVED, done.getAction(ApprovalAction.class).getDecision());
        String buildXml = Files.readString(done.getRootDir().toPath().resolve("build.xml"));
        assertTrue(buildXml, buildXml.contains("<decidedBy>dev</decidedBy>"));
    }

    public void testTheBuildPageSaysItWaitsAndAbortingEndsTheWait() throws Exception {
        DronePipelineJob job = protectedJob("aborted", FILE);
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        DronePipelineBuild build = awaitApproval(job);
        String page = createWebClient().login("reader").goTo(build.getUrl()).asText();
        assertTrue(page, page.contains("Waiting for approval"));
        assertTrue(page, page.contains("Review what would run"));
        Builds.abort(build);
        DronePipelineBuild done = future.get(1, TimeUnit.MINUTES);
        assertEquals(done.getLog(), Result.ABORTED, done.getResult());
        assertTrue(done.getPipelines().isEmpty());
    }

    public void testADeclinedBuildRunsNothing() throws Exception {
        DronePipelineJob job = protectedJob("declined", FILE);
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);
        DronePipelineBuild build = awaitApproval(job);
        submit(createWebClient().login("dev").goTo(build.getUrl() + "approval/").getFormByName("decline"));
        DronePipelineBuild done = future.get(1, TimeUnit.MINUTES);
        String console = done.getLog();
        assertEquals(console, Result.NOT_BUILT, done.getResult());
        assertTrue(console, console.contains("Declined by dev"));
        assertTrue(done.getPipelines().isEmpty());
        assertFalse(console, console.contains("approved run"));
    }

    public void testAFileSignedWithTheKeyRunsAtOnce() throws Exception {
        DronePipelineBuild build = protectedJob("signed", Signer.resign(FILE, KEY)).scheduleBuild2(0)
                .get(3, TimeUnit.MINUTES);
        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        assertNull(build.getAction(ApprovalAction.class));
        assertFalse(build.getLog().contains(KEY));
        assertFalse(Files.readString(build.getParent().getRootDir().toPath().resolve("config.xml")).contains(KEY));
    }

    public void testTheJobFormSetsTheSafetyOptionsAndKeepsTheKeyEncrypted() throws Exception {
        DronePipelineJob job = Jobs.create("configured", "file:/nonexistent/repo", "main");
        HtmlForm form = createWebClient().login("admin").goTo(job.getUrl() + "configure").getFormByName("config");
        for (String box : new String[] {"forkApproval", "forkFileFromTarget", "protectedMode"}) {
            ((HtmlCheckBoxInput) form.getInputByName(box)).setChecked(true);
        }
        ((HtmlPasswordInput) form.getInputByName("signingKey")).setValueAttribute(KEY);
        submit(form);

        JobSafety safety = job.getSafety();
        assertTrue(safety.isForkApproval());
        assertFalse("fork PRs get no secrets unless asked", safety.isForkSecrets());
        assertTrue(safety.isForkFileFromTarget());
        assertTrue(safety.isProtectedMode());
        assertEquals(KEY, safety.signingKeyText());
        assertFalse(Files.readString(job.getRootDir().toPath().resolve("config.xml")).contains(KEY));
        String page = createWebClient().login("admin").goTo(job.getUrl() + "configure").getWebResponse()
                .getContentAsString();
        assertFalse("the key is not in the page in clear", page.contains(KEY));
    }

    private DronePipelineJob protectedJob(String name, String file) throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", file));
        String xml = Jobs.exampleConfig(repo.url(), "main").replace(END_OF_JOB, """
                  <safety>
                    <forkApproval>false</forkApproval>
                    <forkSecrets>false</forkSecrets>
                    <forkFileFromTarget>false</forkFileFromTarget>
                    <protectedMode>true</protectedMode>
                    <signingKey>%s</signingKey>
                  </safety>
                </io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>""".formatted(KEY));
        DronePipelineJob job = (DronePipelineJob) Hudson.getInstance().createProjectFromXML(name,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        job.save();
        return job;
    }

    private static DronePipelineBuild awaitApproval(DronePipelineJob job) throws Exception {
        Builds.await("a build waiting for approval", 60, () -> job.getLastBuild() != null
                && job.getLastBuild().getAction(ApprovalAction.class) != null);
        return job.getLastBuild();
    }

    private int post(WebClient client, String path) throws Exception {
        try {
            client.getPage(new WebRequestSettings(new URL(getURL(), path), HttpMethod.POST));
            return 200;
        } catch (FailingHttpStatusCodeException e) {
            return e.getStatusCode();
        }
    }

    private static int get(WebClient client, String path) throws Exception {
        try {
            client.goTo(path);
            return 200;
        } catch (FailingHttpStatusCodeException e) {
            return e.getStatusCode();
        }
    }
}
