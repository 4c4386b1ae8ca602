package io.jenkins.plugins.drone.jenkins.job;

import com.gargoylesoftware.htmlunit.HttpMethod;
import com.gargoylesoftware.htmlunit.WebRequestSettings;
import com.gargoylesoftware.htmlunit.WebResponse;
import com.gargoylesoftware.htmlunit.html.HtmlCheckBoxInput;
import com.gargoylesoftware.htmlunit.html.HtmlForm;
import hudson.model.Item;
import io.jenkins.plugins.drone.gitservers.SshGitServer;
import io.jenkins.plugins.drone.gitservers.TestKey;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import io.jenkins.plugins.drone.jenkins.support.TestUsers;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves the job's credential form against a real sshd on loopback: a job saved through its configuration page
 * keeps the key, passphrase and token encrypted in config.xml (and the page shows them encrypted only) while
 * they still work; "Test connection" lists the remote's refs with the job's credential, only on POST and only
 * for users who may configure the job; and only administrators may accept unknown host keys.
 */
public class GitCredentialFormIT extends HudsonTestCase {

    private static final String PASSPHRASE = "long passphrase 71";
    private static final String TOKEN = "tok-c0ffee5107";

    private SshGitServer ssh;
    private TestKey key;
    private String url;
    private String commit;
    private DronePipelineJob job;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        key = TestKey.generate(TestKey.Format.OPENSSH, PASSPHRASE);
        ssh = SshGitServer.start(List.of(key));
        url = ssh.repository("app.git");
        commit = ssh.commit("app.git", Map.of("README", "private"));
        job = Jobs.createFromXml("private", Jobs.privateExampleConfig(url, "main", "ci", TOKEN, key.privateKey(),
                ssh.knownHostsLine()).replace("<passphrase></passphrase>", "<passphrase>" + PASSPHRASE
                + "</passphrase>"));
        TestUsers.install(createDummySecurityRealm(), Item.CONFIGURE);
    }

    @Override
    protected void tearDown() throws Exception {
        try {
            super.tearDown();
        } finally {
            ssh.close();
        }
    }

    public void testFormSavedJobKeepsEveryCredentialEncryptedAndWorking() throws Exception {
        String page = createWebClient().login("dev").goTo(job.getUrl() + "configure").getWebResponse()
                .getContentAsString();
        HtmlForm form = createWebClient().login("dev").goTo(job.getUrl() + "configure").getFormByName("config");
        submit(form);

        String config = Files.readString(new File(job.getRootDir(), "config.xml").toPath());
        List<String> secrets = new java.util.ArrayList<>(List.of(PASSPHRASE, TOKEN));
        key.privateKey().lines().filter(l -> !l.startsWith("-----")).forEach(secrets::add);
        for (String secret : secrets) {
            assertFalse("config.xml holds a credential in clear text: " + config, config.contains(secret));
            assertFalse("the configuration page shows a credential", page.contains(secret));
        }
        assertTrue(config, config.contains(ssh.knownHostsLine()));
        assertEquals("the key survives the form", key.privateKey().strip(), job.gitAuth().privateKey().strip());
        assertEquals(PASSPHRASE, job.gitAuth().passphrase());
        assertEquals(TOKEN, job.gitAuth().password());
    }

    public void testTestConnectionListsTheRefsOnlyOnPostForConfigurers() throws Exception {
        String test = "descriptor/" + DronePipelineJob.class.getName()
                + "/testConnection?jobName=private&repositoryUrl=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
        String listed = post("dev", test).getContentAsString();
        assertTrue(listed, listed.contains("Connected: "));
        assertTrue(listed, listed.contains("refs/heads/main " + commit.substring(0, 12)));
        String byGet = createWebClient().login("dev").goTo(test).getWebResponse().getContentAsString();
        assertTrue(byGet, byGet.contains("This needs a POST request."));
        assertEquals(403, post("reader", test).getStatusCode());
        String unknown = post("dev", test + "&credentialsId=nope").getContentAsString();
        assertTrue(unknown, unknown.contains("There is no git credential with the id"));
    }

    public void testOnlyAdministratorsAcceptUnknownHostKeys() throws Exception {
        HtmlForm asDev = createWebClient().login("dev").goTo(job.getUrl() + "configure").getFormByName("config");
        assertTrue("developers see no accept-new box", asDev.getInputsByName("_.acceptNewHostKeys").isEmpty());
        HtmlForm asAdmin = createWebClient().login("admin").goTo(job.getUrl() + "configure").getFormByName("config");
        ((HtmlCheckBoxInput) asAdmin.getInputByName("_.acceptNewHostKeys")).setChecked(true);
        submit(asAdmin);
        assertTrue(job.getGitCredential().isAcceptNewHostKeys());
        submit(createWebClient().login("dev").goTo(job.getUrl() + "configure").getFormByName("config"));
        assertTrue("a developer's save keeps an administrator's choice", job.getGitCredential().isAcceptNewHostKeys());
    }

    private WebResponse post(String user, String path) throws Exception {
        WebClient client = createWebClient().login(user);
        client.setThrowExceptionOnFailingStatusCode(false);
        client.setPrintContentOnFailingStatusCode(false);
        int query = path.indexOf('?');
        URL crumbed = client.createCrumbedUrl(path.substring(0, query));
        return client.getPage(new WebRequestSettings(new URL(crumbed + "&" + path.substring(query + 1)),
                HttpMethod.POST)).getWebResponse();
    }
}
