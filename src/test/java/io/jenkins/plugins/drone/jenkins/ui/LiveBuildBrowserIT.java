package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Browser;
import io.jenkins.plugins.drone.jenkins.support.BrowserSession;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves in real headless Chromium that the build page follows a running build without a reload: the step
 * turns from running to success, and its log pane tails new lines while the step prints them (a partial log
 * is shown first, then the rest, each line once).
 */
public class LiveBuildBrowserIT extends HudsonTestCase {

    private static final String STEP = ".drone-step[data-pipeline='slow'][data-step='count']";

    public void testRunningBuildUpdatesWithoutReloadAndTailsTheLog() throws Throwable {
        createOnlineSlave(Hudson.getInstance().getLabel("docker"));
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", UiFixtures.SLOW_STEP));
        DronePipelineJob job = Jobs.create("slow", repo.url(), "main");
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);

        try (Browser browser = Browser.start()) {
            BrowserSession page = browser.page();
            DronePipelineBuild running = browser.waitFor(job::getLastBuild);
            page.open(getURL() + running.getUrl() + "drone/");
            page.script("window.droneSamePage = 'yes'");
            browser.waitFor(() -> "running".equals(page.attribute(STEP, "data-status")));
            page.click(STEP);
            String partial = browser.waitFor(() -> {
                String log = page.text(".drone-log");
                return log.contains("line 2") ? log : null;
            });
            assertFalse("the pane showed the log while the step was still printing: " + partial,
                    partial.contains("line 8"));

            browser.waitFor(() -> "success".equals(page.attribute(STEP, "data-status")));
            browser.waitFor(() -> page.text(".drone-log").contains("line 8"));
            String log = page.text(".drone-log");
            for (int i = 1; i <= 8; i++) {
                assertEquals(log, 1, log.split("line " + i + "\\b", -1).length - 1);
            }
            browser.waitFor(() -> "success".equals(page.attribute(".drone-pipeline[data-pipeline='slow']", "data-status")));
            assertEquals("no reload happened", "yes", page.script("return window.droneSamePage"));
        }
        assertEquals(Result.SUCCESS, future.get(2, TimeUnit.MINUTES).getResult());
    }
}
