package io.jenkins.plugins.drone.jenkins.webhook;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replays GitHub's published example deliveries (@octokit/webhooks-examples, signed with
 * @octokit/webhooks-methods) over HTTP to a real Hudson whose job is made from docs/examples/job-config-forge.xml,
 * with the payload's commits (and the ping's repository) pointed at a local repository: a push, a tag push and
 * pull requests opened, synchronize and reopened each build that ref and commit with Drone's context in the
 * steps' environment; a redelivery, labeled and closed pull requests, a ping, a delete, a branch deletion and a
 * skip marker build nothing; bad, missing signatures and non-JSON bodies are refused with 403, 401 and 400. The job page filters
 * these builds by event and the badge follows a ref. On Hudson 1.395 the endpoint is the plain action (the modern
 * core adapter of ModernCoreWebhooks finds nothing to do).
 */
public class GithubWebhookIT extends DockerAgentCase {

    private static final String SECRET = "It's a Secret to Everybody";
    private static final String SLUG = "Codertocat/Hello-World";
    private static final String PIPELINE = """
            kind: pipeline
            name: default
            steps:
            - name: show
              image: drone-pipeline/busybox:test
              commands:
              - echo "event=$DRONE_BUILD_EVENT action=$DRONE_BUILD_ACTION branch=$DRONE_BRANCH"
              - echo "commit=$DRONE_COMMIT before=$DRONE_COMMIT_BEFORE ref=$DRONE_COMMIT_REF"
              - echo "pr=$DRONE_PULL_REQUEST source=$DRONE_SOURCE_BRANCH target=$DRONE_TARGET_BRANCH"
              - echo "tag=$DRONE_TAG title=$DRONE_PULL_REQUEST_TITLE author=$DRONE_COMMIT_AUTHOR"
              - echo "file=%s"
              - cat feature.txt 2>/dev/null || echo "no feature"
            """;

    private GitFixture repo;
    private String first;
    private String second;
    private String feature;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        // Hudson 1.395 has no CrumbExclusion: deliveries need its default, CSRF protection off (the harness sets it on)
        Hudson.getInstance().setCrumbIssuer(null);
        repo = GitFixture.create(createTmpDir(), "master", Map.of(".drone.yml", PIPELINE.formatted("first")));
        first = repo.headCommit();
        second = repo.commit(Map.of(".drone.yml", PIPELINE.formatted("second")), "second commit");
        repo.setRef("refs/tags/simple-tag", second);
        repo.newBranch("changes");
        feature = repo.commit(Map.of("feature.txt", "the feature\n"), "add the feature");
        repo.setRef("refs/pull/2/head", feature);
        repo.checkout("master");
    }

    public void testDeliveriesBuildTheirRefAndCommitWithDronesContext() throws Exception {
        DronePipelineJob job = Jobs.createLinked("hello", repo.url(), SLUG, "github", SECRET);
        // Hudson 1.395 has no CrumbExclusion nor UnprotectedRootAction: ModernCoreWebhooks leaves the action alone
        assertEquals(List.of(DroneWebhooks.class), Hudson.getInstance().getActions().stream()
                .filter(a -> DroneWebhooks.URL_NAME.equals(a.getUrlName())).map(Object::getClass).toList());

        String pushId = UUID.randomUUID().toString();
        Delivery push = WebhookDeliveries.replay("github:push:4", SECRET, "after=\"" + second + "\"",
                "before=\"" + first + "\"", "head_commit.id=\"" + second + "\"");
        Answer answer = deliver("push", pushId, push, push.githubSignature());
        assertEquals(answer.body().toString(), 200, answer.status());
        assertEquals("hello", answer.body().path("queued").path(0).asText());
        DronePipelineBuild build = awaitBuild(job, 1);
        String log = build.getLog();
        assertEquals(log, Result.SUCCESS, build.getResult());
        assertTrue(log, log.contains("event=push action= branch=master"));
        assertTrue(log, log.contains("commit=" + second + " before=" + first + " ref=refs/heads/master"));
        assertTrue(log, log.contains("file=second"));
        assertTrue(log, log.contains("author=Codertocat"));
        BuildEvent event = build.getAction(BuildEvent.class);
        assertEquals(first, event.getBefore());
        assertEquals("github", event.getForge());
        String api = createWebClient().goTo(build.getUrl() + "api/json", "application/javascript")
                .getWebResponse().getContentAsString();
        assertTrue(api, api.contains("\"eventContext\":{"));
        assertTrue(api, api.contains("\"before\":\"" + first + "\""));
        assertEquals("push master " + second.substring(0, 7), build.getDescription());

        Answer again = deliver("push", pushId, push, push.githubSignature());
        assertEquals(200, again.status());
        assertEquals(again.body().toString(), 0, again.body().path("queued").size());
        assertTrue(again.body().toString(), again.body().toString().contains("received before"));

        Delivery tag = WebhookDeliveries.replay("github:push:0", SECRET, "after=\"" + second + "\"",
                "head_commit.id=\"" + second + "\"");
        assertEquals(200, deliver("push", UUID.randomUUID().toString(), tag, tag.githubSignature()).status());
        build = awaitBuild(job, 2);
        log = build.getLog();
        assertEquals(log, Result.SUCCESS, build.getResult());
        assertTrue(log, log.contains("event=tag action=created branch="));
        assertTrue(log, log.contains("ref=refs/tags/simple-tag"));
        assertTrue(log, log.contains("tag=simple-tag"));

        int number = 3;
        for (String example : List.of("github:pull_request:0", "github:pull_request:22", "github:pull_request:18")) {
            Delivery pr = WebhookDeliveries.replay(example, SECRET, "pull_request.head.sha=\"" + feature + "\"",
                    "pull_request.base.sha=\"" + second + "\"");
            Answer prAnswer = deliver("pull_request", UUID.randomUUID().toString(), pr, pr.githubSignature());
            assertEquals(prAnswer.body().toString(), "hello", prAnswer.body().path("queued").path(0).asText());
            build = awaitBuild(job, number++);
            log = build.getLog();
            assertEquals(log, Result.SUCCESS, build.getResult());
            assertTrue(log, log.contains("event=pull_request action="));
            assertTrue(log, log.contains("before=" + second + " ref=refs/pull/2/head"));
            assertTrue(log, log.contains("pr=2 source=changes target=master"));
            assertTrue(log, log.contains("title=Update the README with new information."));
            assertTrue(log, log.contains("the feature"));
            assertEquals(2, build.getAction(BuildEvent.class).getPullRequest());
            assertEquals("pull_request #2 changes \u2192 master " + feature.substring(0, 7), build.getDescription());
        }
        assertTrue(job.getBuildByNumber(3).getLog().contains("action=opened"));
        assertTrue(job.getBuildByNumber(4).getLog().contains("action=synchronized"));
        assertTrue(job.getBuildByNumber(5).getLog().contains("action=reopened"));

        assertNothingBuilt("pull_request", "github:pull_request:8", "pull request action labeled is not built");
        assertNothingBuilt("pull_request", "github:pull_request:3", "pull request action closed is not built");
        assertNothingBuilt("ping", "github:ping:0", "ping", "repository.full_name=\"" + SLUG + "\"");
        assertNothingBuilt("delete", "github:delete:0", "deletion of simple-tag");
        assertNothingBuilt("push", "github:push:1", "deletion of refs/tags/simple-tag");
        Delivery skip = WebhookDeliveries.replay("github:push:4", SECRET, "after=\"" + second + "\"",
                "head_commit.message=\"docs only [CI SKIP]\"");
        Answer skipped = deliver("push", UUID.randomUUID().toString(), skip, skip.githubSignature());
        assertEquals(200, skipped.status());
        assertTrue(skipped.body().toString(), skipped.body().path("message").asText().contains("skip marker"));

        Delivery wrong = WebhookDeliveries.replay("github:push:4", "not the secret", "after=\"" + second + "\"");
        assertEquals(403, deliver("push", UUID.randomUUID().toString(), wrong, wrong.githubSignature()).status());
        assertEquals(401, deliver("push", UUID.randomUUID().toString(), wrong, null).status());
        Answer notJson = WebhookDeliveries.post(new URL(getURL(), "drone-webhook/github"),
                Map.of("X-GitHub-Event", "push"), "payload=%7B%7D");
        assertEquals(notJson.body().toString(), 400, notJson.status());

        Thread.sleep(1500);
        assertEquals("only the push, the tag and three pull requests built", 5, job.getBuilds().size());

        String pullRequests = createWebClient().goTo(job.getUrl() + "?event=pull_request").asXml();
        assertTrue(pullRequests, pullRequests.contains("data-build=\"5\"")
                && pullRequests.contains("data-build=\"3\""));
        assertFalse(pullRequests, pullRequests.contains("data-build=\"1\"")
                || pullRequests.contains("data-build=\"2\""));
        String tags = createWebClient().goTo(job.getUrl() + "?branch=&event=tag").asXml();
        assertTrue(tags, tags.contains("data-build=\"2\"") && !tags.contains("data-build=\"5\""));
        String badge = createWebClient().goTo(job.getUrl() + "drone-badge/badge.svg?ref=refs/tags/simple-tag",
                "image/svg+xml").getWebResponse().getContentAsString();
        assertTrue(badge, badge.contains("success"));
        String none = createWebClient().goTo(job.getUrl() + "drone-badge/badge.svg?ref=no-such-branch",
                "image/svg+xml").getWebResponse().getContentAsString();
        assertTrue(none, none.contains("none"));
    }

    private void assertNothingBuilt(String eventName, String example, String reason, String... sets) throws Exception {
        Delivery delivery = WebhookDeliveries.replay(example, SECRET, sets);
        Answer answer = deliver(eventName, UUID.randomUUID().toString(), delivery, delivery.githubSignature());
        assertEquals(answer.body().toString(), 200, answer.status());
        assertEquals(answer.body().toString(), "nothing to build: " + reason, answer.body().path("message").asText());
    }

    private Answer deliver(String eventName, String id, Delivery delivery, String signature) throws Exception {
        Map<String, String> headers = signature == null
                ? Map.of("X-GitHub-Event", eventName, "X-GitHub-Delivery", id)
                : Map.of("X-GitHub-Event", eventName, "X-GitHub-Delivery", id, "X-Hub-Signature-256", signature);
        return WebhookDeliveries.post(new URL(getURL(), "drone-webhook/github"), headers, delivery.body());
    }

    private static DronePipelineBuild awaitBuild(DronePipelineJob job, int number) throws Exception {
        Builds.await("build #" + number + " finished", 240,
                () -> job.getBuildByNumber(number) != null && !job.getBuildByNumber(number).isBuilding());
        return job.getBuildByNumber(number);
    }
}
