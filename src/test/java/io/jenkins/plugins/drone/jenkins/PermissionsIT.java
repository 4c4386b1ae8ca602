package io.jenkins.plugins.drone.jenkins;

import com.gargoylesoftware.htmlunit.FailingHttpStatusCodeException;
import com.gargoylesoftware.htmlunit.html.HtmlCheckBoxInput;
import com.gargoylesoftware.htmlunit.html.HtmlForm;
import com.gargoylesoftware.htmlunit.html.HtmlPage;
import com.gargoylesoftware.htmlunit.html.HtmlTextInput;
import hudson.model.Item;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.support.TestUsers;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves the Drone pipeline job follows Jenkins permissions through the real web UI: a reader can
 * neither build nor configure, a developer can configure and build but cannot grant trust (the checkbox
 * is not even shown), and only an administrator can mark the job trusted.
 */
public class PermissionsIT extends HudsonTestCase {

    private DronePipelineJob job;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        job = Jobs.create("guarded", "file:/nonexistent/repo", "main");
        TestUsers.install(createDummySecurityRealm(), Item.BUILD, Item.CONFIGURE);
    }

    public void testReaderCanNeitherBuildNorConfigure() throws Exception {
        WebClient reader = createWebClient().login("reader");
        assertEquals(403, status(reader, job.getUrl() + "build?delay=0sec"));
        assertEquals(403, status(reader, job.getUrl() + "configure"));
        assertNull("no build was started", job.getLastBuild());
    }

    public void testDeveloperCanConfigureButNotGrantTrust() throws Exception {
        HtmlPage page = createWebClient().login("dev").goTo(job.getUrl() + "configure");
        HtmlForm form = page.getFormByName("config");
        assertTrue("the trusted box is only for administrators", form.getInputsByName("_.trusted").isEmpty());
        ((HtmlTextInput) form.getInputByName("_.agentLabel")).setValueAttribute("docker && linux");
        submit(form);

        assertEquals("docker && linux", job.getAgentLabel());
        assertFalse(job.isTrusted());
    }

    public void testAdministratorGrantsTrust() throws Exception {
        HtmlPage page = createWebClient().login("admin").goTo(job.getUrl() + "configure");
        HtmlForm form = page.getFormByName("config");
        ((HtmlCheckBoxInput) form.getInputByName("_.trusted")).setChecked(true);
        submit(form);
        assertTrue(job.isTrusted());

        HtmlForm again = createWebClient().login("dev").goTo(job.getUrl() + "configure").getFormByName("config");
        submit(again);
        assertTrue("a developer's save keeps the trust an administrator gave", job.isTrusted());
    }

    private static int status(WebClient client, String path) throws Exception {
        try {
            client.goTo(path);
            return 200;
        } catch (FailingHttpStatusCodeException e) {
            return e.getStatusCode();
        }
    }
}
