package io.jenkins.plugins.drone.jenkins.ui;

import hudson.model.Hudson;
import hudson.model.ListView;
import hudson.model.Result;
import hudson.util.DescribableList;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Browser;
import io.jenkins.plugins.drone.jenkins.support.BrowserSession;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves in real headless Chromium against a running Hudson that finished builds are shown as users expect:
 * the build page lists every step of both pipelines with its Drone status (service, failure, on-failure,
 * excluded step with its reason, exit code), draws the DAG pipeline as a graph and the serial one as a list,
 * shows a step's log with ANSI colours as spans and HTML as text, only the tail of a big log until "load
 * earlier" is clicked, and a whole pipeline's log; the redact button asks, then posts with the page's crumb
 * and shows the note; the build's main page has the summary and the side-panel
 * link with its icon; the job page grid has a row per build; the
 * list column shows the last build's steps as chips; the badge has the last build's status and colour.
 */
public class BuildPageBrowserIT extends HudsonTestCase {

    public void testFinishedBuildsOnBuildPageJobPageListColumnAndBadge() throws Throwable {
        createOnlineSlave(Hudson.getInstance().getLabel("docker"));
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", UiFixtures.TWO_PIPELINES));
        DronePipelineJob job = Jobs.create("app", repo.url(), "main");
        job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        assertEquals(build.getLog(), Result.FAILURE, build.getResult());

        try (Browser browser = Browser.start()) {
            BrowserSession page = browser.page();
            page.open(getURL() + build.getUrl() + "drone/");
            browser.waitFor(() -> page.count(".drone-step") == 11);
            assertStep(page, "backend", "clone", "success");
            assertStep(page, "backend", "cache", "success");
            assertStep(page, "backend", "greet", "success");
            assertStep(page, "backend", "test", "failure");
            assertStep(page, "backend", "report-failure", "success");
            assertStep(page, "backend", "publish", "skipped");
            assertStep(page, "docs", "package", "success");
            assertTrue(page.text(step("backend", "publish")), page.text(step("backend", "publish")).contains("tag"));
            assertTrue(page.text(step("backend", "test")), page.text(step("backend", "test")).contains("exit code 3"));
            assertEquals("failure", page.attribute(".drone-pipeline[data-pipeline='backend']", "data-status"));
            assertEquals("the DAG pipeline is drawn as columns: clone, compile, unit+lint, package", 4,
                    page.count(".drone-pipeline[data-pipeline='docs'] .drone-graph-column"));
            assertEquals("the serial pipeline is a list", 0, page.count(".drone-pipeline[data-pipeline='backend'] .drone-graph"));

            page.click(step("backend", "greet"));
            browser.waitFor(() -> page.count(".drone-log .drone-fg-32") == 1);
            assertEquals("green hello", page.text(".drone-log .drone-fg-32"));
            String log = page.text(".drone-log");
            assertTrue(log, log.contains("and <b>not bold</b>"));
            assertFalse(log, log.contains("\u001b"));
            assertEquals(0, page.count(".drone-log b"));
            browser.screenshot("build-page.png");

            page.click(step("backend", "report-failure"));
            browser.waitFor(() -> page.text(".drone-log").contains("the tests failed"));
            page.script("window.confirm = function () { window.droneConfirmed = true; return true; }");
            page.click(".drone-redact");
            browser.waitFor(() -> page.text(".drone-log").startsWith("This log was redacted by anonymous on "));
            assertEquals("the user was asked first", "true", page.script("return String(window.droneConfirmed)"));

            page.click(".drone-pipeline[data-pipeline='backend'] .drone-whole-log");
            browser.waitFor(() -> page.text(".drone-log").contains("----- test (failure) -----"));
            assertTrue(page.text(".drone-log").contains("running tests"));

            page.click(step("docs", "package"));
            browser.waitFor(() -> page.text(".drone-log").contains("\n20000"));
            assertFalse("only the tail of a big log is loaded first", page.text(".drone-log").contains("\n2\n3\n"));
            page.click(".drone-load-earlier");
            browser.waitFor(() -> page.text(".drone-log").contains("\n1\n2\n3\n"));
            assertEquals(0, page.count(".drone-load-earlier"));

            page.open(getURL() + build.getUrl());
            browser.waitFor(() -> page.count(".drone-summary-pipeline") == 2);
            assertEquals(1, page.count(".drone-summary-pipeline[data-pipeline='backend'] .drone-chips .drone-status-failure"));
            assertEquals("true", page.script("var img = document.querySelector(\"img[src$='drone-static/drone.svg']\");"
                    + " return img != null && img.complete && img.naturalWidth > 0;"));

            page.open(getURL() + job.getUrl());
            browser.waitFor(() -> page.count("#drone-grid tr[data-build]") == 2);
            assertEquals(String.valueOf(build.getNumber()), page.attribute("#drone-grid tr[data-build]", "data-build"));
            assertEquals(1, page.count("#drone-grid tr[data-build='" + build.getNumber() + "'] td.drone-status-failure"));
            browser.screenshot("job-page.png");

            ListView view = new ListView("drone", Hudson.getInstance());
            Hudson.getInstance().addView(view);
            view.add(job);
            ((DescribableList) view.getColumns()).add(new StepChipsColumn());
            page.open(getURL() + "view/drone/");
            browser.waitFor(() -> page.count("td.drone-chips .drone-chip") == 11);
            assertEquals(1, page.count("td.drone-chips .drone-status-failure"));

            page.open(getURL() + job.getUrl() + "drone-badge/badge.svg");
            String badge = browser.waitFor(page::source);
            assertTrue(badge, badge.contains(">failure<") && badge.contains(BuildStatus.color("failure")));
        }
    }

    private static String step(String pipeline, String step) {
        return ".drone-step[data-pipeline='" + pipeline + "'][data-step='" + step + "']";
    }

    private static void assertStep(BrowserSession page, String pipeline, String name, String status) {
        assertEquals(pipeline + "/" + name, status, page.attribute(step(pipeline, name), "data-status"));
    }
}
