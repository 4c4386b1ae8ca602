package io.jenkins.plugins.drone.jenkins.webhook;

import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.Pipelines;
import io.jenkins.plugins.drone.jenkins.support.Builds;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.support.WebhookDeliveries;
import io.jenkins.plugins.drone.jenkins.support.WebhookDeliveries.Answer;
import io.jenkins.plugins.drone.jenkins.support.WebhookDeliveries.Delivery;
import java.net.URL;
import java.util.Map;

/**
 * Replays the example payloads of Gitea's, GitLab's and Bitbucket Data Center's documentation (stored with their
 * source in src/test/resources/.../forge/README.md), their commits pointed at a local repository and signed as
 * each forge signs (HMAC by node's crypto, GitLab's token), over HTTP to a real Hudson: each builds its event at
 * its commit with Drone's context in the steps' environment; a wrong GitLab token is refused. A job that opts in
 * cancels the running build of a branch when a newer push to it arrives.
 */
public class ForgeWebhooksIT extends DockerAgentCase {

    private static final String SECRET = "forge-secret";
    private static final String DATA = "src/test/resources/io/jenkins/plugins/drone/jenkins/forge/";
    private static final String PIPELINE = Pipelines.showing(
            "echo \"event=$DRONE_BUILD_EVENT ref=$DRONE_COMMIT_REF commit=$DRONE_COMMIT before=$DRONE_COMMIT_BEFORE\"",
            "echo \"pr=$DRONE_PULL_REQUEST source=$DRONE_SOURCE_BRANCH target=$DRONE_TARGET_BRANCH tag=$DRONE_TAG\"");

    private GitFixture repo;
    private String first;
    private String second;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        // Hudson 1.395 has no CrumbExclusion: deliveries need its default, CSRF protection off (the harness sets it on)
        Hudson.getInstance().setCrumbIssuer(null);
        repo = GitFixture.create(createTmpDir(), "master", Map.of(".drone.yml", PIPELINE));
        first = repo.headCommit();
        second = repo.commit(Map.of("NEWS", "news\n"), "second");
        repo.setRef("refs/heads/develop", second);
        repo.setRef("refs/tags/v1.0.0", second);
        repo.setRef("refs/merge-requests/1/head", second);
    }

    public void testGiteaPushBuilds() throws Exception {
        DronePipelineJob job = Jobs.createLinked("gitea", repo.url(), "gitea/webhooks", "gitea", SECRET);
        Delivery push = WebhookDeliveries.replay(DATA + "gitea-push.json", SECRET, "after=\"" + second + "\"",
                "before=\"" + first + "\"", "commits.0.id=\"" + second + "\"");
        Answer answer = post("gitea", Map.of("X-Gitea-Event", "push", "X-Gitea-Delivery", "d-1",
                "X-Gitea-Signature", push.hmacHex()), push.body());
        assertEquals(answer.body().toString(), "gitea", answer.body().path("queued").path(0).asText());
        String log = awaitBuild(job, 1).getLog();
        assertTrue(log, log.contains("event=push ref=refs/heads/develop commit=" + second + " before=" + first));
    }

    public void testANewPushCancelsTheOlderBuildOfItsBranchWhenTheJobOptsIn() throws Exception {
        String slow = repo.commit(Map.of(".drone.yml", PIPELINE.replace("commands:\n", "commands:\n  - sleep 300\n")),
                "slow");
        repo.setRef("refs/heads/develop", slow);
        String xml = Jobs.forgeConfig(repo.url(), "gitea/webhooks", "gitea", SECRET).replace("</forge>",
                "</forge>\n  <cancelSuperseded>true</cancelSuperseded>");
        DronePipelineJob job = (DronePipelineJob) Hudson.getInstance().createProjectFromXML("superseding",
                new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(job.isCancelSuperseded());
        Delivery older = WebhookDeliveries.replay(DATA + "gitea-push.json", SECRET, "after=\"" + slow + "\"");
        post("gitea", Map.of("X-Gitea-Event", "push", "X-Gitea-Signature", older.hmacHex()), older.body());
        Builds.await("build #1 sleeping", 240, () -> job.getBuildByNumber(1) != null
                && job.getBuildByNumber(1).pipeline("default") != null
                && job.getBuildByNumber(1).pipeline("default").step("show") != null
                && "running".equals(job.getBuildByNumber(1).pipeline("default").step("show").getStatus()));
        String fast = repo.commit(Map.of(".drone.yml", PIPELINE), "fast again");
        repo.setRef("refs/heads/develop", fast);
        Delivery newer = WebhookDeliveries.replay(DATA + "gitea-push.json", SECRET, "after=\"" + fast + "\"");
        post("gitea", Map.of("X-Gitea-Event", "push", "X-Gitea-Signature", newer.hmacHex()), newer.body());
        DronePipelineBuild latest = awaitBuild(job, 2);
        assertEquals(fast, latest.getCommit());
        Builds.await("build #1 cancelled", 60, () -> !job.getBuildByNumber(1).isBuilding());
        assertEquals(Result.ABORTED, job.getBuildByNumber(1).getResult());
    }

    public void testGitlabPushTagAndMergeRequestBuild() throws Exception {
        DronePipelineJob job = Jobs.createLinked("gitlab", repo.url(), "mike/diaspora", "gitlab", SECRET);
        Delivery push = WebhookDeliveries.replay(DATA + "gitlab-push.json", SECRET, "after=\"" + second + "\"",
                "checkout_sha=\"" + second + "\"", "before=\"" + first + "\"", "commits.1.id=\"" + second + "\"");
        assertEquals(200, post("gitlab", gitlab("Push Hook", "p-1", SECRET), push.body()).status());
        String log = awaitBuild(job, 1).getLog();
        assertTrue(log, log.contains("event=push ref=refs/heads/master commit=" + second + " before=" + first));

        Delivery tag = WebhookDeliveries.replay(DATA + "gitlab-tag-push.json", SECRET, "after=\"" + second + "\"",
                "checkout_sha=\"" + second + "\"", "project.path_with_namespace=\"mike/diaspora\"");
        assertEquals(200, post("gitlab", gitlab("Tag Push Hook", "t-1", SECRET), tag.body()).status());
        log = awaitBuild(job, 2).getLog();
        assertTrue(log, log.contains("event=tag ref=refs/tags/v1.0.0 commit=" + second));
        assertTrue(log, log.contains("tag=v1.0.0"));

        Delivery mr = WebhookDeliveries.replay(DATA + "gitlab-merge-request.json", SECRET,
                "object_attributes.last_commit.id=\"" + second + "\"", "object_attributes.source_branch=\"develop\"",
                "project.path_with_namespace=\"mike/diaspora\"");
        assertEquals(200, post("gitlab", gitlab("Merge Request Hook", "m-1", SECRET), mr.body()).status());
        log = awaitBuild(job, 3).getLog();
        assertTrue(log, log.contains("event=pull_request ref=refs/merge-requests/1/head commit=" + second));
        assertTrue(log, log.contains("pr=1 source=develop target=master"));

        assertEquals(403, post("gitlab", gitlab("Push Hook", "p-2", "wrong"), push.body()).status());
        Thread.sleep(1000);
        assertEquals(3, job.getBuilds().size());
    }

    public void testBitbucketDataCenterPushBuilds() throws Exception {
        DronePipelineJob job = Jobs.createLinked("bitbucket", repo.url(), "MYPROJECT/test-repo", "bitbucket", SECRET);
        Delivery push = WebhookDeliveries.replay(DATA + "bitbucket-server-refs-changed.json", SECRET,
                "changes.0.toHash=\"" + second + "\"", "changes.0.fromHash=\"" + first + "\"");
        Answer answer = post("bitbucket", Map.of("X-Event-Key", "repo:refs_changed", "X-Request-UUID", "b-1",
                "X-Hub-Signature", "sha256=" + push.hmacHex()), push.body());
        assertEquals(answer.body().toString(), "bitbucket", answer.body().path("queued").path(0).asText());
        String log = awaitBuild(job, 1).getLog();
        assertTrue(log, log.contains("event=push ref=refs/heads/master commit=" + second + " before=" + first));
    }

    private static Map<String, String> gitlab(String event, String id, String token) {
        return Map.of("X-Gitlab-Event", event, "X-Gitlab-Event-UUID", id, "X-Gitlab-Token", token);
    }

    private Answer post(String forge, Map<String, String> headers, String body) throws Exception {
        return WebhookDeliveries.post(new URL(getURL(), "drone-webhook/" + forge), headers, body);
    }

    private static DronePipelineBuild awaitBuild(DronePipelineJob job, int number) throws Exception {
        Builds.await("build #" + number + " finished", 240,
                () -> job.getBuildByNumber(number) != null && !job.getBuildByNumber(number).isBuilding());
        DronePipelineBuild build = job.getBuildByNumber(number);
        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        return build;
    }
}
