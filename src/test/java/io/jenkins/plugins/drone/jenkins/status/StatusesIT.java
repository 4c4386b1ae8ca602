package io.jenkins.plugins.drone.jenkins.status;

import hudson.model.Hudson;
import hudson.model.Result;
import hudson.tasks.Mailer;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.support.PrismMock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Proves commit statuses against the forges' own API descriptions served by Stoplight Prism with {@code --errors}
 * (which rejects any request that breaks them, and logs why): GitHub's official OpenAPI description from
 * {@code @octokit/openapi} and Gitea's Swagger description (src/test/resources/forge/gitea). A real build on a real
 * agent reports each pipeline as pending when queued and when it starts, then success, failure or skipped (success
 * on these forges) with the pipeline's page as target URL; one status per build when the job asks for it; every
 * request passes validation and is accepted; the token appears in no console, build.xml or config.xml. A forge
 * that rejects the request gets its answer into the console, and the build's result is unchanged.
 */
public class StatusesIT extends DockerAgentCase {

    private static final String END_OF_JOB = "</io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>";
    private static final Path GITHUB = Path.of("src/test/node/node_modules/@octokit/openapi/generated",
            "api.github.com.json");
    private static final Path GITEA = Path.of("src/test/resources/forge/gitea/swagger.v1.json");
    private static final String TOKEN = "ghp_0123456789abcdefTOKEN";
    private static final String THREE_PIPELINES = """
            kind: pipeline
            name: build
            clone:
              disable: true
            steps:
            - name: compile
              image: drone-pipeline/busybox:test
              commands: [echo compiled]
            ---
            kind: pipeline
            name: lint
            clone:
              disable: true
            steps:
            - name: vet
              image: drone-pipeline/busybox:test
              commands: [exit 1]
            ---
            kind: pipeline
            name: deploy
            clone:
              disable: true
            depends_on: [lint]
            steps:
            - name: ship
              image: drone-pipeline/busybox:test
              commands: [echo shipped]
            """;
    private static final String ONE_PIPELINE = """
            kind: pipeline
            name: default
            clone:
              disable: true
            steps:
            - name: hello
              image: drone-pipeline/busybox:test
              commands: [echo hello]
            """;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        Mailer.descriptor().setHudsonUrl(getURL().toString());
    }

    public void testGitHubGetsOneValidStatusPerPipelineChange() throws Exception {
        try (PrismMock github = PrismMock.start(GITHUB)) {
            DronePipelineBuild build = build("gh", THREE_PIPELINES, "GITHUB", github.url(), false);
            assertEquals(build.getLog(), Result.FAILURE, build.getResult());
            List<StatusReports.Report> reports = reports(build);
            System.out.println("GitHub (Prism) statuses of " + build + ":\n" + text(reports)
                    + "Prism request log:\n" + String.join("\n", github.requestLog()));
            assertEquals(String.join("\n", github.rejections()), 0, github.rejections().size());
            assertEquals(reports.size(), github.received());
            assertTrue(reports.stream().allMatch(r -> r.getAnswer() == 201));
            String page = Hudson.getInstance().getRootUrl() + build.getUrl() + "drone/#";
            Map<String, StatusReports.Report> last = lastPerContext(reports);
            assertEquals(List.of("drone/build", "drone/lint", "drone/deploy").stream().sorted().toList(),
                    last.keySet().stream().sorted().toList());
            assertEquals("success", last.get("drone/build").getStatus());
            assertEquals("failure", last.get("drone/lint").getStatus());
            assertEquals("skipped", last.get("drone/deploy").getStatus());
            String skipped = last.get("drone/deploy").getDescription();
            assertTrue(skipped, skipped.startsWith("skipped: "));
            assertTrue(last.get("drone/build").getDescription().startsWith("success in "));
            for (String name : List.of("build", "lint", "deploy")) {
                List<StatusReports.Report> of = reports.stream()
                        .filter(r -> r.getContext().equals("drone/" + name)).toList();
                assertTrue(name + " is reported before it ends",
                        List.of("pending", "waiting").contains(of.get(0).getStatus()));
                assertTrue(of.stream().allMatch(r -> r.getTargetUrl().equals(page + name)));
            }
            assertTrue(reports.stream()
                    .anyMatch(r -> r.getContext().equals("drone/lint") && r.getStatus().equals("running")));
            assertTokenNowhere(build);
        }
    }

    public void testGitHubGetsOneStatusPerBuildWhenTheJobAsks() throws Exception {
        try (PrismMock github = PrismMock.start(GITHUB)) {
            DronePipelineBuild build = build("per-build", ONE_PIPELINE, "GITHUB", github.url(), true);
            assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
            List<StatusReports.Report> reports = reports(build);
            System.out.println("GitHub (Prism) statuses per build of " + build + ":\n" + text(reports));
            assertEquals(String.join("\n", github.rejections()), 0, github.rejections().size());
            assertTrue(reports.stream().allMatch(r -> r.getContext().equals("continuous-integration/drone/push")));
            assertEquals("pending", reports.get(0).getStatus());
            assertEquals("success", reports.get(reports.size() - 1).getStatus());
            String buildPage = Hudson.getInstance().getRootUrl() + build.getUrl();
            assertTrue(reports.stream().allMatch(r -> r.getTargetUrl().equals(buildPage) && r.getAnswer() == 201));
        }
    }

    public void testGiteaGetsValidStatusesAndARejectionReachesTheConsole() throws Exception {
        try (PrismMock gitea = PrismMock.start(GITEA)) {
            // Prism serves this Swagger 2.0 description's paths at its root (the description has no host, so its
            // basePath /api/v1 is not applied): Prism's root stands for https://gitea.example/api/v1.
            DronePipelineBuild build = build("gitea", ONE_PIPELINE, "GITEA", gitea.url(), false);
            assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
            List<StatusReports.Report> reports = reports(build);
            System.out.println("Gitea (Prism) statuses of " + build + ":\n" + text(reports)
                    + "Prism request log:\n" + String.join("\n", gitea.requestLog()));
            assertEquals(String.join("\n", gitea.rejections()), 0, gitea.rejections().size());
            assertEquals(reports.size(), gitea.received());
            assertTrue(reports.stream().allMatch(r -> r.getAnswer() == 201));
            assertEquals(List.of("pending", "running", "success"),
                    reports.stream().map(StatusReports.Report::getStatus).toList());

            DronePipelineBuild wrong = build("gitea-wrong-url", ONE_PIPELINE, "GITEA", gitea.url() + "/api/v2", false);
            String console = wrong.getLog();
            assertEquals(console, Result.SUCCESS, wrong.getResult());
            assertTrue(console, console.contains("[status] could not report drone/default as success to gitea ("
                    + gitea.url() + "/api/v2/repos/octo/hello/statuses/"));
            assertTrue(console, console.contains("after 1 attempt: HTTP 404"));
            assertFalse(console, console.contains(TOKEN));
        }
    }

    private DronePipelineBuild build(String name, String file, String kind, String apiUrl, boolean perBuild)
            throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", file));
        String xml = Jobs.exampleConfig(repo.url(), "main").replace(END_OF_JOB, """
                  <forge>
                    <kind>%s</kind>
                    <slug>octo/hello</slug>
                    <apiUrl>%s</apiUrl>
                    <token>%s</token>
                    <statusPerBuild>%s</statusPerBuild>
                  </forge>
                </io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>""".formatted(kind, apiUrl, TOKEN, perBuild));
        DronePipelineJob job = (DronePipelineJob) Hudson.getInstance().createProjectFromXML(name,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        job.save();
        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);
        assertEquals(repo.headCommit(), build.getCommit());
        return build;
    }

    private static List<StatusReports.Report> reports(DronePipelineBuild build) {
        StatusReports reports = build.getAction(StatusReports.class);
        assertNotNull("the build reported statuses", reports);
        return reports.getReports();
    }

    private static Map<String, StatusReports.Report> lastPerContext(List<StatusReports.Report> reports) {
        Map<String, StatusReports.Report> last = new LinkedHashMap<>();
        reports.forEach(r -> last.put(r.getContext(), r));
        return last;
    }

    private static String text(List<StatusReports.Report> reports) {
        StringBuilder text = new StringBuilder();
        reports.forEach(r -> text.append("  ").append(r).append('\n'));
        return text.toString();
    }

    private static void assertTokenNowhere(DronePipelineBuild build) throws Exception {
        assertFalse(build.getLog().contains(TOKEN));
        assertFalse(Files.readString(build.getRootDir().toPath().resolve("build.xml")).contains(TOKEN));
        assertFalse(Files.readString(build.getParent().getRootDir().toPath().resolve("config.xml")).contains(TOKEN));
    }
}
