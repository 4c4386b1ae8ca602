package io.jenkins.plugins.drone.jenkins.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Proves Bitbucket's stored real payloads map to Drone's events: Data Center's {@code repo:refs_changed} update of
 * a branch builds a push with before and after, Cloud's {@code pullrequest:created} a pull request from its source
 * branch; a deleted ref builds nothing, a ping builds nothing.
 */
class BitbucketPayloadsTest {

    private static final PayloadParser BITBUCKET = WebhookPayloads.of(ForgeKind.BITBUCKET);

    @Test
    void refsChangedBuildsThePushedBranch() throws Exception {
        ForgeDelivery delivery = BITBUCKET.parse(Payloads.headers("X-Event-Key", "repo:refs_changed"),
                Payloads.stored("bitbucket-server-refs-changed.json"));
        BuildEvent event = delivery.event();
        assertEquals("MYPROJECT/test-repo", delivery.repositorySlug());
        assertTrue(delivery.repositoryUrls().contains("https://bitbucketserver/scm/myproject/test-repo.git"));
        assertEquals("push", event.getEvent());
        assertEquals("refs/heads/master", event.getRef());
        assertEquals("master", event.getBranch());
        assertEquals("22671f0349857934857983457983475ec39f196b", event.getCommit());
        assertEquals("f09c8889a2d234985734958795a31589cd91ffda", event.getBefore());
        assertEquals("john", event.getAuthor());
        assertEquals("john@example.com", event.getAuthorEmail());
    }

    @Test
    void cloudPullRequestCreatedBuildsThePullRequestFromItsSourceBranch() throws Exception {
        ForgeDelivery delivery = BITBUCKET.parse(Payloads.headers("X-Event-Key", "pullrequest:created"),
                Payloads.stored("bitbucket-cloud-pr-created.json"));
        BuildEvent event = delivery.event();
        assertEquals("brydzewski/foo", delivery.repositorySlug());
        assertTrue(delivery.repositoryUrls().contains("https://bitbucket.org/brydzewski/foo"));
        assertEquals("pull_request", event.getEvent());
        assertEquals("opened", event.getAction());
        assertEquals(1, event.getPullRequest());
        assertEquals("refs/heads/feature/develop", event.getRef(), "Cloud has no pull request refs");
        assertEquals("feature/develop", event.getSourceBranch());
        assertEquals("master", event.getBranch());
        assertEquals("507a576e59b3", event.getCommit());
        assertEquals("7d1a175411ef", event.getBefore());
        assertEquals("Awesome new feature", event.getTitle());
        assertEquals("brydzewski", event.getAuthor());
        assertEquals("Brad Rydzewski", event.getAuthorName());
        assertEquals("https://bitbucket.org/brydzewski/foo/pull-requests/1", event.getLink());
        assertFalse(event.isFork());
    }

    @Test
    void aCloudPullRequestFromAnotherRepositoryIsAFork() throws Exception {
        ObjectNode payload = (ObjectNode) Payloads.stored("bitbucket-cloud-pr-created.json");
        ((ObjectNode) payload.path("pullrequest").path("source").path("repository"))
                .put("full_name", "someone/foo");
        BuildEvent event = BITBUCKET.parse(Payloads.headers("X-Event-Key", "pullrequest:created"), payload).event();
        assertTrue(event.isFork());
        assertEquals("someone/foo", event.getSourceRepo());
    }

    @Test
    void deletionsAndPingsBuildNothing() throws Exception {
        ObjectNode payload = (ObjectNode) Payloads.stored("bitbucket-server-refs-changed.json");
        ((ObjectNode) payload.path("changes").path(0)).put("type", "DELETE");
        assertEquals("deletion of refs/heads/master",
                BITBUCKET.parse(Payloads.headers("X-Event-Key", "repo:refs_changed"), payload).ignored());
        assertEquals("ping", BITBUCKET.parse(Payloads.headers("X-Event-Key", "diagnostics:ping"), payload).ignored());
    }
}
