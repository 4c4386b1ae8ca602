package io.jenkins.plugins.drone.jenkins.webhook;

import io.jenkins.plugins.drone.jenkins.support.DockerLeftovers;
import io.jenkins.plugins.drone.jenkins.support.TestUsers;
import hudson.model.Computer;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.model.Result;
import hudson.security.GlobalMatrixAuthorizationStrategy;
import io.jenkins.plugins.drone.jenkins.approval.ApprovalAction;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
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
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pull request from a fork, through the webhook: GitHub's published {@code pull_request} "opened" example
 * (@octokit/webhooks-examples), changed so that {@code pull_request.head.repo} is {@code someone/Hello-World}
 * while {@code base.repo} stays {@code Codertocat/Hello-World} (that is what makes it a fork), is delivered to
 * three jobs linked to the repository. The job with the secret {@code deploy_token} (allowed for pull requests)
 * stops before anything runs, naming the secret and why; the trusted job's privileged step is refused; the job
 * that asks for approval of fork PRs waits without an executor or a queue item until a user with Item.BUILD
 * approves it by POST, then runs the PR's commit, whose cache lands in a scope of the fork's own.
 */
public class ForkPullRequestIT extends DockerAgentCase {

    private static final String SECRET = "fork-webhook-secret";
    private static final String SLUG = "Codertocat/Hello-World";
    private static final String END_OF_JOB = "</io.jenkins.plugins.drone.jenkins.job.DronePipelineJob>";
    private static final String READS_SECRET = """
            kind: pipeline
            name: deploy
            clone:
              disable: true
            steps:
            - name: deploy
              image: drone-pipeline/busybox:test
              environment:
                TOKEN:
                  from_secret: deploy_token
              commands: ["echo token-length=${#TOKEN}"]
            """;
    private static final String PRIVILEGED = """
            kind: pipeline
            name: docker
            clone:
              disable: true
            steps:
            - name: dind
              image: drone-pipeline/busybox:test
              privileged: true
              commands: [echo privileged step ran]
            """;
    private static final String PLAIN = """
            kind: pipeline
            name: test
            steps:
            - name: test
              image: drone-pipeline/busybox:test
              volumes:
              - name: deps
                path: /deps
              commands: ["echo fork build of $DRONE_COMMIT event=$DRONE_BUILD_EVENT", "cat feature.txt",
                         "echo left by the fork > /deps/left"]
            volumes:
            - name: deps
              cache:
                key: deps
            """;
    /** The cache scope of the approved job's fork builds: a scope of their own, not the job's. */
    private static final String FORK_CACHE_SCOPE = "approved fork someone/Hello-World";

    private GitFixture repo;
    private String feature;

    @Override
    protected void tearDown() throws Exception {
        DockerLeftovers.removeCaches(FORK_CACHE_SCOPE);
        DockerLeftovers.removeCaches("approved");
        super.tearDown();
    }

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        Hudson hudson = Hudson.getInstance();
        hudson.setCrumbIssuer(null); // Hudson 1.395 has no CrumbExclusion (docs/compatibility.md)
        GlobalMatrixAuthorizationStrategy auth = TestUsers.install(createDummySecurityRealm(), Item.BUILD);
        // Hudson 1.395 has no UnprotectedRootAction: the forge (anonymous) needs Overall/Read to reach the endpoint
        auth.add(Hudson.READ, "anonymous");
        Map<String, String> files = Map.of(".drone.yml", READS_SECRET, ".drone-privileged.yml", PRIVILEGED,
                ".drone-plain.yml", PLAIN);
        repo = GitFixture.create(createTmpDir(), "master", files);
        repo.newBranch("changes");
        feature = repo.commit(Map.of("feature.txt", "the fork's feature\n"), "add the feature");
        repo.setRef("refs/pull/2/head", feature);
        repo.checkout("master");
    }

    public void testAForkPullRequestGetsNoSecretNoPrivilegeAndWaitsForApproval() throws Exception {
        DronePipelineJob secrets = job("secrets", ".drone.yml", """
                  <secrets>
                    <io.jenkins.plugins.drone.jenkins.secrets.DroneSecret>
                      <name>deploy_token</name>
                      <value>s3cr3t-deploy-token</value>
                      <pullRequests>true</pullRequests>
                    </io.jenkins.plugins.drone.jenkins.secrets.DroneSecret>
                  </secrets>
                """);
        DronePipelineJob trusted = job("trusted", ".drone-privileged.yml", "");
        DroneSettings.get().setTrusted("trusted", true);
        DronePipelineJob approved = job("approved", ".drone-plain.yml", """
                  <safety>
                    <forkApproval>true</forkApproval>
                    <forkSecrets>false</forkSecrets>
                    <forkFileFromTarget>false</forkFileFromTarget>
                    <protectedMode>false</protectedMode>
                  </safety>
                """);

        // the fork: the head repository differs from the base repository (Codertocat/Hello-World)
        Delivery fork = WebhookDeliveries.replay("github:pull_request:0", SECRET,
                "pull_request.head.sha=\"" + feature + "\"", "pull_request.head.repo.full_name=\"someone/Hello-World\"",
                "pull_request.head.repo.fork=true");
        Answer answer = WebhookDeliveries.post(new URL(getURL(), "drone-webhook/github"), Map.of("X-GitHub-Event",
                "pull_request", "X-GitHub-Delivery", UUID.randomUUID().toString(), "X-Hub-Signature-256",
                fork.githubSignature()), fork.body());
        assertEquals(answer.body().toString(), 200, answer.status());
        assertEquals(answer.body().toString(), 3, answer.body().path("queued").size());

        DronePipelineBuild noSecret = awaitFinished(secrets);
        String log = noSecret.getLog();
        assertTrue(noSecret.getAction(BuildEvent.class).isFork());
        assertEquals(log, Result.FAILURE, noSecret.getResult());
        assertTrue(log, log.contains("pipeline \"deploy\", step \"deploy\": secret \"deploy_token\" is withheld:"
                + " pull requests from forks get no secrets in this job"));
        assertFalse(log, log.contains("token-length"));
        assertFalse(log, log.contains("s3cr3t-deploy-token"));

        DronePipelineBuild refused = awaitFinished(trusted);
        log = refused.getLog();
        assertTrue(trusted.isTrusted());
        assertEquals(log, Result.FAILURE, refused.getResult());
        assertTrue(log, log.contains("step \"dind\": privileged mode is never allowed for a pull request from a fork"));
        assertFalse(log, log.contains("privileged step ran"));

        Builds.await("the fork build waits for approval", 60, () -> approved.getLastBuild() != null
                && approved.getLastBuild().getAction(ApprovalAction.class) != null);
        DronePipelineBuild waiting = approved.getLastBuild();
        assertTrue(waiting.isBuilding());
        assertTrue("nothing was queued", waiting.getPipelines().isEmpty());
        assertEquals(0, Hudson.getInstance().getQueue().getItems().length);
        for (Computer computer : Hudson.getInstance().getComputers()) {
            assertEquals(computer.getDisplayName() + " has no busy executor", 0, computer.countBusy());
        }
        String page = createWebClient().login("reader").goTo(waiting.getUrl() + "approval/").asText();
        assertFalse("a reader gets no buttons", page.contains("Approve and run"));
        submit(createWebClient().login("dev").goTo(waiting.getUrl() + "approval/").getFormByName("approve"));
        Builds.await("the approved fork build finished", 240, () -> !waiting.isBuilding());
        log = waiting.getLog();
        assertEquals(log, Result.SUCCESS, waiting.getResult());
        assertTrue(log, log.contains("Approved by dev"));
        assertTrue(log, log.contains("fork build of " + feature + " event=pull_request"));
        assertTrue(log, log.contains("the fork's feature"));
        assertEquals(1, approved.getBuilds().size());
        assertEquals("the fork saved its cache in a scope of its own", List.of("deps"),
                List.copyOf(DockerLeftovers.caches(FORK_CACHE_SCOPE).values()));
        assertEquals("the job's own caches are untouched", Map.of(), DockerLeftovers.caches("approved"));
    }

    private DronePipelineJob job(String name, String yamlPath, String extra) throws Exception {
        String xml = Jobs.forgeConfig(repo.url(), SLUG, "github", SECRET)
                .replace("<yamlPath>.drone.yml</yamlPath>", "<yamlPath>" + yamlPath + "</yamlPath>")
                .replace(END_OF_JOB, extra + END_OF_JOB);
        return (DronePipelineJob) Hudson.getInstance().createProjectFromXML(name,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static DronePipelineBuild awaitFinished(DronePipelineJob job) throws Exception {
        Builds.await(job.getName() + " #1 finished", 240,
                () -> job.getBuildByNumber(1) != null && !job.getBuildByNumber(1).isBuilding());
        return job.getBuildByNumber(1);
    }
}
