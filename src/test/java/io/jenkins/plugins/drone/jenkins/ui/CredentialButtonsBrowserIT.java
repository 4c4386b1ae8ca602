package io.jenkins.plugins.drone.jenkins.ui;

import io.jenkins.plugins.drone.gitservers.SshGitServer;
import io.jenkins.plugins.drone.gitservers.TestKey;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.support.Browser;
import io.jenkins.plugins.drone.jenkins.support.BrowserSession;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.List;
import java.util.Map;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves in real headless Chromium that the configuration page's "Test connection" and "Lint this YAML" buttons
 * of a job with its own SSH credential reach a private repository on a real sshd: the page's buttons name the
 * job, so the job's saved credential is used, and the refs and the lint verdict appear under the buttons.
 */
public class CredentialButtonsBrowserIT extends HudsonTestCase {

    public void testButtonsUseTheJobsOwnCredential() throws Throwable {
        TestKey key = TestKey.generate(TestKey.Format.PEM, "");
        try (SshGitServer ssh = SshGitServer.start(List.of(key)); Browser browser = Browser.start()) {
            String url = ssh.repository("app.git");
            String commit = ssh.commit("app.git", Map.of(".drone.yml", """
                    kind: pipeline
                    name: default
                    steps:
                    - name: build
                      image: drone-pipeline/busybox:test
                      commands: [true]
                    """));
            DronePipelineJob job = Jobs.createFromXml("private-buttons",
                    Jobs.privateExampleConfig(url, "main", "", "", key.privateKey(), ssh.knownHostsLine()));
            BrowserSession page = browser.page();
            page.open(getURL() + job.getUrl() + "configure");

            clickButton(page, "Test connection");
            String refs = browser.waitFor(() -> page.source().contains("Connected: ") ? page.source() : null);
            assertTrue(refs, refs.contains("refs/heads/main " + commit.substring(0, 12)));

            clickButton(page, "Lint this YAML");
            browser.waitFor(() -> page.source().contains("No problems.") ? "shown" : null);
        }
    }

    /** Hudson's YUI turns a validate button's input into a button element with the same text. */
    private static void clickButton(BrowserSession page, String text) {
        page.script("Array.from(document.querySelectorAll('button,input[type=button]'))"
                + ".find(b => (b.textContent || b.value).trim() === '" + text + "').click()");
    }
}
