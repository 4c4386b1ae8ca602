package io.jenkins.plugins.drone.jenkins.webhook;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.support.WebhookDeliveries;
import io.jenkins.plugins.drone.jenkins.support.WebhookDeliveries.Answer;
import io.jenkins.plugins.drone.jenkins.support.WebhookDeliveries.Delivery;
import java.net.URL;
import java.util.Map;
import java.util.UUID;

/**
 * {@code paths} conditions through the webhook (docs/drone-semantics.md#changed-paths): GitHub's published push
 * and pull request examples (@octokit/webhooks-examples) pointed at a local repository where the push's
 * before..after and the pull request's head (against its target branch) change only files under {@code docs/}.
 * The pipeline whose {@code trigger.paths} excludes {@code docs/**} does not run; the one that includes it runs,
 * and in it the step with {@code when.paths: src/**} is skipped, the step including {@code docs/**} runs for the
 * push and is skipped for the pull request, whose only change its exclude names.
 */
public class PathsWebhookIT extends DockerAgentCase {

    private static final String SECRET = "paths-secret";
    private static final String FILE = """
            kind: pipeline
            name: code
            trigger:
              paths:
                exclude: ["docs/**"]
            steps:
            - name: build
              image: drone-pipeline/busybox:test
              commands: [echo code pipeline ran]
            ---
            kind: pipeline
            name: docs
            trigger:
              paths:
                include: ["docs/**"]
            steps:
            - name: always
              image: drone-pipeline/busybox:test
              commands: [echo docs pipeline ran]
            - name: sources
              image: drone-pipeline/busybox:test
              when:
                paths: ["src/**"]
              commands: [echo sources step ran]
            - name: guide
              image: drone-pipeline/busybox:test
              when:
                paths:
                  include: ["docs/**"]
                  exclude: ["docs/pull.md"]
              commands: [echo guide step ran]
            """;

    private GitFixture repo;
    private String first;
    private String docsOnly;
    private String pullHead;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        Hudson.getInstance().setCrumbIssuer(null); // Hudson 1.395 has no CrumbExclusion (docs/compatibility.md)
        repo = GitFixture.create(createTmpDir(), "master", Map.of(".drone.yml", FILE, "src/app.txt", "app\n",
                "docs/index.md", "docs\n"));
        first = repo.headCommit();
        docsOnly = repo.commit(Map.of("docs/guide.md", "the guide\n"), "document the guide");
        repo.newBranch("changes");
        pullHead = repo.commit(Map.of("docs/pull.md", "the pull request's page\n"), "document the pull request");
        repo.setRef("refs/pull/2/head", pullHead);
        repo.checkout("master");
    }

    public void testPathsConditionsSeeWhatThePushAndThePullRequestChanged() throws Exception {
        DronePipelineJob job = Jobs.createLinked("paths", repo.url(), "Codertocat/Hello-World", "github", SECRET);

        Delivery push = WebhookDeliveries.replay("github:push:4", SECRET, "after=\"" + docsOnly + "\"",
                "before=\"" + first + "\"", "head_commit.id=\"" + docsOnly + "\"");
        assertEquals(200, deliver("push", push).status());
        String log = awaitBuild(job, 1).getLog();
        assertEquals(log, Result.SUCCESS, job.getBuildByNumber(1).getResult());
        assertFalse(log, log.contains("code pipeline ran"));
        assertTrue(log, log.contains("docs pipeline ran"));
        assertFalse(log, log.contains("sources step ran"));
        assertTrue(log, log.contains("guide step ran"));

        Delivery pr = WebhookDeliveries.replay("github:pull_request:0", SECRET,
                "pull_request.head.sha=\"" + pullHead + "\"", "pull_request.base.sha=\"" + docsOnly + "\"");
        assertEquals(200, deliver("pull_request", pr).status());
        log = awaitBuild(job, 2).getLog();
        assertEquals(log, Result.SUCCESS, job.getBuildByNumber(2).getResult());
        assertFalse(log, log.contains("code pipeline ran"));
        assertTrue(log, log.contains("docs pipeline ran"));
        assertFalse(log, log.contains("sources step ran"));
        assertFalse(log, log.contains("guide step ran"));
    }

    private Answer deliver(String event, Delivery delivery) throws Exception {
        return WebhookDeliveries.post(new URL(getURL(), "drone-webhook/github"), Map.of("X-GitHub-Event", event,
                "X-GitHub-Delivery", UUID.randomUUID().toString(), "X-Hub-Signature-256",
                delivery.githubSignature()), delivery.body());
    }

    private static DronePipelineBuild awaitBuild(DronePipelineJob job, int number) throws Exception {
        Builds.await("build #" + number + " finished", 240,
                () -> job.getBuildByNumber(number) != null && !job.getBuildByNumber(number).isBuilding());
        return job.getBuildByNumber(number);
    }
}
