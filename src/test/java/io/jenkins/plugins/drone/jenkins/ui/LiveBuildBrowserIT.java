package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Browser;
import io.jenkins.plugins.drone.jenkins.support.BrowserSession;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves in real headless Chromium that the build page follows a running build without a reload: the step
 * turns from running to success, and its log pane tails new lines while the step prints them (a partial log
 * is shown first, then the rest, each line once) — in the step view and in the whole-pipeline view, which
 * follows by byte offset too instead of fetching the whole log again on every poll.
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

    public void testWholePipelineViewFollowsTheLogByOffset() throws Throwable {
        createOnlineSlave(Hudson.getInstance().getLabel("docker"));
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", UiFixtures.SLOW_STEP));
        DronePipelineJob job = Jobs.create("slow", repo.url(), "main");
        Future<DronePipelineBuild> future = job.scheduleBuild2(0);

        try (Browser browser = Browser.start()) {
            BrowserSession page = browser.page();
            DronePipelineBuild running = browser.waitFor(job::getLastBuild);
            page.open(getURL() + running.getUrl() + "drone/");
            // Every request of the page from now on, in order (pipelines.js calls the global fetch).
            page.script("window.droneRequests = []; var original = window.fetch; window.fetch = function (u, o) {"
                    + " window.droneRequests.push(String(u)); return original.apply(this, arguments); }");
            browser.waitFor(() -> "running".equals(page.attribute(STEP, "data-status")));
            // Clicked from the page itself: the list is drawn anew every second, so a found element may be gone.
            page.script("document.querySelector(\".drone-pipeline[data-pipeline='slow'] .drone-whole-log\").click()");
            String partial = browser.waitFor(() -> {
                String log = page.text(".drone-log");
                return log.contains("line 2") ? log : null;
            });
            assertTrue(partial, partial.contains("----- count (running) -----"));
            assertFalse("the view showed the log while the step was still printing: " + partial,
                    partial.contains("line 8"));

            browser.waitFor(() -> page.text(".drone-log").contains("line 8")
                    && page.text(".drone-log").contains("----- count (success) -----"));
            String log = page.text(".drone-log");
            for (int i = 1; i <= 8; i++) {
                assertEquals(log, 1, log.split("line " + i + "\\b", -1).length - 1);
            }
            List<String> requests = Arrays.asList(page.script("return window.droneRequests.join('\\n')").split("\n"));
            assertTrue("the whole log is not fetched again: " + requests,
                    requests.stream().noneMatch(r -> r.contains("pipelineLog")));
            List<Long> starts = requests.stream().filter(r -> r.startsWith("log?") && r.contains("step=count"))
                    .map(r -> Long.parseLong(r.replaceAll(".*[?&]start=(\\d+).*", "$1"))).toList();
            assertTrue("followed by several range requests: " + requests, starts.size() >= 3);
            for (int i = 1; i < starts.size(); i++) {
                assertTrue("each request starts where the last one ended: " + starts, starts.get(i) >= starts.get(i - 1));
            }
            assertTrue("later requests start past the bytes already shown: " + starts, starts.get(starts.size() - 1) > 0);
        }
        assertEquals(Result.SUCCESS, future.get(2, TimeUnit.MINUTES).getResult());
    }
}
