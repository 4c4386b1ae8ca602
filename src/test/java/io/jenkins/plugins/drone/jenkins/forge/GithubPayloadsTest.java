package io.jenkins.plugins.drone.jenkins.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Proves GitHub's and Gitea's deliveries map to Drone's events, on GitHub's published examples and Gitea's
 * documented push: pushes to a branch and a tag, pull requests opened, synchronize and reopened build with the
 * pull request's context; deletions, pings, other actions and skip markers build nothing; a body that is not
 * the named event's payload is refused.
 */
class GithubPayloadsTest {

    private static final PayloadParser GITHUB = WebhookPayloads.of(ForgeKind.GITHUB);

    @Test
    void branchPushBuildsPushWithItsCommitAndAuthor() throws Exception {
        ForgeDelivery delivery = GITHUB.parse(Payloads.headers("X-GitHub-Event", "push"), Payloads.github("push", 4));
        BuildEvent event = delivery.event();
        assertEquals("Codertocat/Hello-World", delivery.repositorySlug());
        assertTrue(delivery.repositoryUrls().contains("https://github.com/Codertocat/Hello-World.git"));
        assertEquals("push", event.getEvent());
        assertEquals("refs/heads/master", event.getRef());
        assertEquals("master", event.getBranch());
        assertEquals("6113728f27ae82c7b1a177c8d03f9e96e0adf246", event.getCommit());
        assertEquals("", event.getBefore(), "a new branch has no before");
        assertEquals("Initial commit", event.getMessage());
        assertEquals("Codertocat", event.getAuthor());
        assertEquals("21031067+Codertocat@users.noreply.github.com", event.getAuthorEmail());
        assertTrue(event.getAuthorAvatar().startsWith("https://avatars"));
    }

    @Test
    void tagPushBuildsTag() throws Exception {
        BuildEvent event = GITHUB.parse(Payloads.headers("X-GitHub-Event", "push"), Payloads.github("push", 0)).event();
        assertEquals("tag", event.getEvent());
        assertEquals("created", event.getAction());
        assertEquals("refs/tags/simple-tag", event.getRef());
        assertEquals("", event.getBranch());
    }

    @Test
    void openedSynchronizeAndReopenedPullRequestsBuild() throws Exception {
        String[] actions = {"opened", "synchronized", "reopened"};
        int[] examples = {0, 22, 18};
        for (int i = 0; i < examples.length; i++) {
            ForgeDelivery delivery = GITHUB.parse(Payloads.headers("X-GitHub-Event", "pull_request"),
                    Payloads.github("pull_request", examples[i]));
            BuildEvent event = delivery.event();
            assertEquals("pull_request", event.getEvent());
            assertEquals(actions[i], event.getAction());
            assertEquals("refs/pull/2/head", event.getRef());
            assertEquals(2, event.getPullRequest());
            assertEquals("master", event.getBranch());
            assertEquals("changes", event.getSourceBranch());
            assertEquals("Update the README with new information.", event.getTitle());
            assertEquals("Codertocat/Hello-World", event.getSourceRepo());
            assertFalse(event.isFork());
            assertEquals("https://github.com/Codertocat/Hello-World/pull/2", event.getLink());
        }
    }

    @Test
    void aPullRequestFromAnotherRepositoryIsAFork() throws Exception {
        ObjectNode payload = (ObjectNode) Payloads.github("pull_request", 0);
        ((ObjectNode) payload.path("pull_request").path("head").path("repo")).put("full_name", "someone/Hello-World");
        BuildEvent event = GITHUB.parse(Payloads.headers("X-GitHub-Event", "pull_request"), payload).event();
        assertTrue(event.isFork());
        assertEquals("someone/Hello-World", event.getSourceRepo());
    }

    @Test
    void otherActionsDeletionsAndPingsBuildNothing() throws Exception {
        assertIgnored("pull_request", Payloads.github("pull_request", 8), "pull request action labeled is not built");
        assertIgnored("pull_request", Payloads.github("pull_request", 3), "pull request action closed is not built");
        assertIgnored("push", Payloads.github("push", 1), "deletion of refs/tags/simple-tag");
        assertIgnored("delete", Payloads.github("delete", 0), "deletion of simple-tag");
        assertIgnored("ping", Payloads.github("ping", 0), "ping");
        assertIgnored("create", Payloads.github("create", 0), "event create is not built");
    }

    @Test
    void skipMarkersInTheMessageOrTitleBuildNothing() throws Exception {
        ObjectNode push = (ObjectNode) Payloads.github("push", 4);
        ((ObjectNode) push.path("head_commit")).put("message", "docs [Skip CI]");
        assertTrue(GITHUB.parse(Payloads.headers("X-GitHub-Event", "push"), push).ignored().contains("skip marker"));
        ObjectNode pr = (ObjectNode) Payloads.github("pull_request", 0);
        ((ObjectNode) pr.path("pull_request")).put("title", "[ci skip] wip");
        assertNull(GITHUB.parse(Payloads.headers("X-GitHub-Event", "pull_request"), pr).event());
    }

    @Test
    void aBodyThatIsNotTheEventsPayloadIsRefused() throws Exception {
        JsonNode issue = Payloads.github("push", 4).path("repository");
        PayloadException e = assertThrows(PayloadException.class,
                () -> GITHUB.parse(Payloads.headers("X-GitHub-Event", "push"), issue));
        assertEquals("not a github push payload: repository.full_name is missing", e.getMessage());
        assertThrows(PayloadException.class, () -> GITHUB.parse(Payloads.headers(), Payloads.github("push", 4)));
    }

    @Test
    void giteaPushReadsLikeGithubsUnderItsOwnHeader() throws Exception {
        PayloadParser gitea = WebhookPayloads.of(ForgeKind.GITEA);
        ForgeDelivery delivery = gitea.parse(Payloads.headers("X-Gitea-Event", "push"),
                Payloads.stored("gitea-push.json"));
        BuildEvent event = delivery.event();
        assertEquals("gitea/webhooks", delivery.repositorySlug());
        assertEquals("gitea", event.getForge());
        assertEquals("push", event.getEvent());
        assertEquals("develop", event.getBranch());
        assertEquals("bffeb74224043ba2feb48d137756c8a9331c449a", event.getCommit());
        assertEquals("28e1879d029cb852e4844d9c718537df08844e03", event.getBefore());
        assertEquals("Webhooks Yay!", event.getMessage());
        assertEquals("gitea", event.getAuthor());
        assertEquals("someone@gitea.io", event.getAuthorEmail());
        assertTrue(event.getLink().contains("/compare/"));
        assertEquals("X-Gitea-Delivery", gitea.deliveryIdHeader());
    }

    private static void assertIgnored(String name, JsonNode payload, String reason) throws Exception {
        ForgeDelivery delivery = GITHUB.parse(Payloads.headers("X-GitHub-Event", name), payload);
        assertNull(delivery.event());
        assertEquals(reason, delivery.ignored());
    }
}
