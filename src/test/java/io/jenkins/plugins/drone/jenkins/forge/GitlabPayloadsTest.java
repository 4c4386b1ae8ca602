package io.jenkins.plugins.drone.jenkins.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Proves GitLab's documented example deliveries map to Drone's events: a Push Hook builds a push of its
 * checkout commit, a Tag Push Hook a tag, a Merge Request Hook opened a pull request at
 * {@code refs/merge-requests/N/head}; an update without new commits, a close and a branch deletion build nothing.
 */
class GitlabPayloadsTest {

    private static final PayloadParser GITLAB = WebhookPayloads.of(ForgeKind.GITLAB);

    @Test
    void pushHookBuildsThePushedCommit() throws Exception {
        ForgeDelivery delivery = GITLAB.parse(Payloads.headers("X-Gitlab-Event", "Push Hook"),
                Payloads.stored("gitlab-push.json"));
        BuildEvent event = delivery.event();
        assertEquals("mike/diaspora", delivery.repositorySlug());
        assertTrue(delivery.repositoryUrls().contains("git@example.com:mike/diaspora.git"));
        assertEquals("push", event.getEvent());
        assertEquals("master", event.getBranch());
        assertEquals("da1560886d4f094c3e6c9ef40349f7d38b5d27d7", event.getCommit());
        assertEquals("95790bf891e76fee5e1747ab589903a6a1f80f22", event.getBefore());
        assertEquals("fixed readme", event.getMessage());
        assertEquals("jsmith", event.getAuthor());
        assertEquals("GitLab dev user", event.getAuthorName());
        assertEquals("http://example.com/mike/diaspora/commit/da1560886d4f094c3e6c9ef40349f7d38b5d27d7",
                event.getLink());
    }

    @Test
    void tagPushHookBuildsTag() throws Exception {
        BuildEvent event = GITLAB.parse(Payloads.headers("X-Gitlab-Event", "Tag Push Hook"),
                Payloads.stored("gitlab-tag-push.json")).event();
        assertEquals("tag", event.getEvent());
        assertEquals("refs/tags/v1.0.0", event.getRef());
        assertEquals("82b3d5ae55f7080f1e6022629cdb57bfae7cccc7", event.getCommit());
        assertEquals("", event.getBefore());
    }

    @Test
    void openedMergeRequestBuildsPullRequest() throws Exception {
        BuildEvent event = GITLAB.parse(Payloads.headers("X-Gitlab-Event", "Merge Request Hook"),
                Payloads.stored("gitlab-merge-request.json")).event();
        assertEquals("pull_request", event.getEvent());
        assertEquals("opened", event.getAction());
        assertEquals("refs/merge-requests/1/head", event.getRef());
        assertEquals(1, event.getPullRequest());
        assertEquals("master", event.getBranch());
        assertEquals("ms-viewport", event.getSourceBranch());
        assertEquals("MS-Viewport", event.getTitle());
        assertEquals("da1560886d4f094c3e6c9ef40349f7d38b5d27d7", event.getCommit());
        assertFalse(event.isFork(), "source and target project are both 14");
        assertEquals("root", event.getAuthor());
    }

    @Test
    void aMergeRequestFromAnotherProjectIsAFork() throws Exception {
        ObjectNode payload = (ObjectNode) Payloads.stored("gitlab-merge-request.json");
        ObjectNode mr = (ObjectNode) payload.path("object_attributes");
        mr.put("source_project_id", 15);
        ((ObjectNode) mr.path("source")).put("path_with_namespace", "someone/fork");
        BuildEvent event = GITLAB.parse(Payloads.headers("X-Gitlab-Event", "Merge Request Hook"), payload).event();
        assertTrue(event.isFork(), "source project 15, target project 14");
        assertEquals("someone/fork", event.getSourceRepo());
    }

    @Test
    void updatesWithNewCommitsBuildAndOtherUpdatesDoNot() throws Exception {
        ObjectNode mr = (ObjectNode) Payloads.stored("gitlab-merge-request.json");
        ObjectNode attributes = (ObjectNode) mr.path("object_attributes");
        attributes.put("action", "update");
        ForgeDelivery labelled = GITLAB.parse(Payloads.headers("X-Gitlab-Event", "Merge Request Hook"), mr);
        assertEquals("merge request action update without new commits is not built", labelled.ignored());
        attributes.put("oldrev", "95790bf891e76fee5e1747ab589903a6a1f80f22");
        BuildEvent pushed = GITLAB.parse(Payloads.headers("X-Gitlab-Event", "Merge Request Hook"), mr).event();
        assertEquals("synchronized", pushed.getAction());
        assertEquals("95790bf891e76fee5e1747ab589903a6a1f80f22", pushed.getBefore());
        attributes.put("action", "close");
        assertNull(GITLAB.parse(Payloads.headers("X-Gitlab-Event", "Merge Request Hook"), mr).event());
    }

    @Test
    void branchDeletionBuildsNothing() throws Exception {
        ObjectNode push = (ObjectNode) Payloads.stored("gitlab-push.json");
        push.put("after", "0000000000000000000000000000000000000000").putNull("checkout_sha");
        assertEquals("deletion of refs/heads/master",
                GITLAB.parse(Payloads.headers("X-Gitlab-Event", "Push Hook"), push).ignored());
    }
}
