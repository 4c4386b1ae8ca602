package io.jenkins.plugins.drone.jenkins;

import com.gargoylesoftware.htmlunit.FailingHttpStatusCodeException;
import com.gargoylesoftware.htmlunit.html.HtmlCheckBoxInput;
import com.gargoylesoftware.htmlunit.html.HtmlForm;
import com.gargoylesoftware.htmlunit.html.HtmlPage;
import io.jenkins.plugins.drone.jenkins.forge.ForgeKind;
import io.jenkins.plugins.drone.jenkins.forge.ForgeLink;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves the job's forge section: a job made from docs/examples/job-config-forge.xml keeps its token and webhook
 * secret encrypted in config.xml and out of the configuration page, saving the page unchanged keeps the link and
 * its secrets, a malformed repository name is refused with a message, and unticking the section unlinks the job.
 */
public class ForgeConfigIT extends HudsonTestCase {

    private static final String SECRET = "plain-webhook-secret-123";

    public void testTheLinkSurvivesTheFormAndItsSecretsStayEncrypted() throws Exception {
        DronePipelineJob job = Jobs.createLinked("linked", "https://git.example.com/acme/app.git", "acme/app",
                "gitlab", SECRET);
        job.save();
        String configXml = Files.readString(new File(job.getRootDir(), "config.xml").toPath(), StandardCharsets.UTF_8);
        assertFalse(configXml, configXml.contains(SECRET));
        assertFalse(configXml, configXml.contains("token-not-used"));
        assertTrue(configXml, configXml.contains("<kind>gitlab</kind>"));

        HtmlPage page = createWebClient().goTo(job.getUrl() + "configure");
        assertFalse(page.asXml().contains(SECRET));
        submit(page.getFormByName("config"));
        ForgeLink link = job.getForge();
        assertEquals(ForgeKind.GITLAB, link.getKind());
        assertEquals("acme/app", link.getSlug());
        assertEquals(SECRET, link.getWebhookSecret().getPlainText());
        assertEquals("token-not-used", link.getToken().getPlainText());

        HtmlForm bad = createWebClient().goTo(job.getUrl() + "configure").getFormByName("config");
        bad.getInputByName("slug").setValueAttribute("not a slug");
        String answer;
        try {
            answer = submit(bad).asXml();
        } catch (FailingHttpStatusCodeException e) {
            answer = e.getResponse().getContentAsString();
        }
        assertTrue(answer, answer.contains("is not owner/name"));
        assertEquals("acme/app", job.getForge().getSlug());

        HtmlForm unlink = createWebClient().goTo(job.getUrl() + "configure").getFormByName("config");
        ((HtmlCheckBoxInput) unlink.getInputByName("forge")).setChecked(false);
        submit(unlink);
        assertNull(job.getForge());
    }
}
