package io.jenkins.plugins.drone.jenkins;

import com.gargoylesoftware.htmlunit.html.HtmlPage;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.records.FailedTest;
import io.jenkins.plugins.drone.jenkins.records.TestSummary;
import io.jenkins.plugins.drone.jenkins.reports.PipelineReports;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;

/**
 * Proves on a real Hudson, agent and Docker that a job's reports block (from config.xml, kept through a save of
 * the configuration form) makes a build archive {@code dist/app.txt} as a build artifact that downloads, read
 * {@code reports/TEST-x.xml} with one failing test into the pipeline's totals and failure message, shown on the
 * Drone pipelines page and in {@code api/json}, while the build still succeeds (the step's exit code decides, as
 * in Drone) and a secret the test printed is masked in build.xml, on the page and in api/json; a malformed report is a console warning with file and line; and the job page shows a trend bar per
 * build after two builds.
 */
public class ReportsIT extends DockerAgentCase {

    private static final String PIPELINE = """
            kind: pipeline
            name: default
            clone:
              disable: true
            steps:
            - name: test
              image: drone-pipeline/busybox:test
              environment:
                TOKEN:
                  from_secret: token
              commands:
              - mkdir -p reports dist
              - echo "app of build $DRONE_BUILD_NUMBER" > dist/app.txt
              - echo not archived > dist/app.log
              - printf '<testsuite name="x"><testcase classname="x.AppTest" name="works" time="0.5"/>' > reports/TEST-x.xml
              - printf '<testcase classname="x.AppTest" name="fails" time="0.25"><failure message="expected 2 but was 3">trace line</failure>' >> reports/TEST-x.xml
              - printf '<system-out>stdout of fails with %s</system-out></testcase></testsuite>' "$TOKEN" >> reports/TEST-x.xml
              - printf '<testsuite>\\n<testcase>\\n</testsuite>' > reports/TEST-broken.xml
            """;
    private static final String SECRET = "t0ken-in-report-output";
    private static final String REPORTS = "<secrets><io.jenkins.plugins.drone.jenkins.secrets.DroneSecret><name>token</name>"
            + "<value>" + SECRET + "</value><pullRequests>false</pullRequests>"
            + "</io.jenkins.plugins.drone.jenkins.secrets.DroneSecret></secrets><reports><io.jenkins.plugins.drone.jenkins.reports.PipelineReports>"
            + "<pipeline></pipeline><artifacts>dist/*.txt</artifacts><testReports>reports/TEST-*.xml</testReports>"
            + "</io.jenkins.plugins.drone.jenkins.reports.PipelineReports></reports>";

    public void testArtifactsAndTestResultsOfAPipeline() throws Exception {
        String repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", PIPELINE)).url();
        DronePipelineJob job = Jobs.createFromXml("reports", Jobs.exampleConfig(repo, "main")
                .replace("</io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>",
                        REPORTS + "</io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>"));
        submit(createWebClient().getPage(job, "configure").getFormByName("config"));
        PipelineReports block = job.getReports().get(0);
        assertEquals(List.of(1, "", "dist/*.txt", "reports/TEST-*.xml"), List.of(job.getReports().size(),
                block.getPipeline(), block.getArtifacts(), block.getTestReports()));

        DronePipelineBuild first = job.scheduleBuild2(0).get(180, TimeUnit.SECONDS);
        assertEquals(first.getLog(), Result.SUCCESS, first.getResult());
        assertTrue(first.getLog(), first.getLog().contains(
                "warning: reports/TEST-broken.xml:3:3: malformed JUnit XML: "));
        assertTrue(first.getLog(), first.getLog().contains("archived 1 artifact(s)"));

        List<String> artifacts = first.getArtifacts().stream().map(Run.Artifact::getHref).toList();
        assertEquals(List.of("dist/app.txt"), artifacts);
        WebClient web = createWebClient();
        web.setJavaScriptEnabled(false);
        assertEquals("app of build 1\n", web.goTo(first.getUrl() + "artifact/dist/app.txt", "text/plain")
                .getWebResponse().getContentAsString());

        TestSummary tests = first.pipeline("default").getTests();
        assertEquals(List.of(2, 1, 1, 0, 0), List.of(tests.getTests(), tests.getPassed(), tests.getFailures(),
                tests.getErrors(), tests.getSkipped()));
        FailedTest fails = tests.getFailed().get(0);
        assertEquals(List.of("x.AppTest", "fails", "expected 2 but was 3", "trace line", "stdout of fails with ******"),
                List.of(fails.getClassName(), fails.getName(), fails.getMessage(), fails.getTrace(), fails.getOutput()));

        HtmlPage page = web.goTo(first.getUrl() + "drone/");
        String text = page.asText();
        assertTrue(text, text.contains("2 tests, 1 passed, 1 failed, 0 errors, 0 skipped, 0.75 s"));
        assertTrue(text, text.contains("x.AppTest.fails: expected 2 but was 3"));

        JSONObject api = JSONObject.fromObject(web.goTo(first.getUrl() + "api/json?depth=1", "application/javascript")
                .getWebResponse().getContentAsString());
        assertEquals("dist/app.txt", api.getJSONArray("artifacts").getJSONObject(0).getString("relativePath"));
        JSONObject apiTests = pipelines(api).getJSONObject(0).getJSONObject("tests");
        assertEquals(List.of(2, 1, "expected 2 but was 3"), List.of(apiTests.getInt("tests"), apiTests.getInt("failures"),
                apiTests.getJSONArray("failed").getJSONObject(0).getString("message")));

        assertFalse("the secret reached api/json", api.toString().contains(SECRET));
        assertFalse("the secret reached build.xml", Files.readString(
                new File(first.getRootDir(), "build.xml").toPath()).contains(SECRET));
        assertFalse("the secret reached the page", text.contains(SECRET) || page.asXml().contains(SECRET));

        DronePipelineBuild second = job.scheduleBuild2(0).get(180, TimeUnit.SECONDS);
        assertEquals(second.getLog(), Result.SUCCESS, second.getResult());
        HtmlPage jobPage = web.getPage(job);
        List<?> bars = jobPage.getByXPath("//*[local-name()='g'][@class='drone-trend-bar']");
        assertEquals(jobPage.asXml(), 2, bars.size());
        String trend = jobPage.getElementById("drone-test-trend").asXml();
        assertTrue(trend, trend.contains("data-build=\"1\"") && trend.contains("data-build=\"2\""));
        assertTrue(trend, trend.contains("data-passed=\"1\"") && trend.contains("data-failed=\"1\""));
    }

    private static final String TWO_PIPELINES = """
            kind: pipeline
            name: a
            clone:
              disable: true
            steps:
            - name: make
              image: drone-pipeline/busybox:test
              commands:
              - mkdir -p dist && echo from a > dist/app.txt
              - printf '<testsuite><testcase classname="a" name="t"/></testsuite>' > TEST-a.xml
            ---
            kind: pipeline
            name: b
            clone:
              disable: true
            steps:
            - name: make
              image: drone-pipeline/busybox:test
              commands:
              - mkdir -p dist && echo from b > dist/app.txt
              - printf '<testsuite><testcase classname="b" name="t"/></testsuite>' > TEST-b.xml
              - exit 1
            """;

    /**
     * With artifacts from two pipelines each keeps its files under its name; a block for one pipeline reads only
     * its reports; a pipeline whose step fails still gives its files (and fails the build).
     */
    public void testEachPipelineGetsItsOwnDirectoryWhenSeveralReport() throws Exception {
        String repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", TWO_PIPELINES)).url();
        String blocks = "<reports><io.jenkins.plugins.drone.jenkins.reports.PipelineReports>"
                + "<pipeline></pipeline><artifacts>dist/*</artifacts><testReports></testReports>"
                + "</io.jenkins.plugins.drone.jenkins.reports.PipelineReports>"
                + "<io.jenkins.plugins.drone.jenkins.reports.PipelineReports>"
                + "<pipeline>b</pipeline><artifacts></artifacts><testReports>TEST-*.xml</testReports>"
                + "</io.jenkins.plugins.drone.jenkins.reports.PipelineReports></reports>";
        DronePipelineJob job = Jobs.createFromXml("two-reports", Jobs.exampleConfig(repo, "main")
                .replace("</io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>",
                        blocks + "</io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>"));

        DronePipelineBuild build = job.scheduleBuild2(0).get(180, TimeUnit.SECONDS);
        assertEquals(build.getLog(), Result.FAILURE, build.getResult());
        assertEquals(List.of("a/dist/app.txt", "b/dist/app.txt"),
                build.getArtifacts().stream().map(Run.Artifact::getHref).sorted().toList());
        assertEquals("from b\n", createWebClient().goTo(build.getUrl() + "artifact/b/dist/app.txt", "text/plain")
                .getWebResponse().getContentAsString());
        assertNull(build.pipeline("a").getTests());
        assertEquals(1, build.pipeline("b").getTests().getPassed());
    }

    /** The pipelines of the build's Drone action in {@code api/json}. */
    private static JSONArray pipelines(JSONObject build) {
        JSONArray actions = build.getJSONArray("actions");
        for (int i = 0; i < actions.size(); i++) {
            JSONObject action = actions.optJSONObject(i);
            if (action != null && action.has("pipelines")) {
                return action.getJSONArray("pipelines");
            }
        }
        throw new AssertionError("no pipelines in " + build);
    }
}
