package io.jenkins.plugins.drone.jenkins.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Proves Bitbucket Data Center's {@code repo:refs_changed} (a stored real payload) maps to Drone's events: an
 * update of a branch builds a push with before and after, a deleted ref builds nothing, a ping builds nothing.
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
    void deletionsAndPingsBuildNothing() throws Exception {
        ObjectNode payload = (ObjectNode) Payloads.stored("bitbucket-server-refs-changed.json");
        ((ObjectNode) payload.path("changes").path(0)).put("type", "DELETE");
        assertEquals("deletion of refs/heads/master",
                BITBUCKET.parse(Payloads.headers("X-Event-Key", "repo:refs_changed"), payload).ignored());
        assertEquals("ping", BITBUCKET.parse(Payloads.headers("X-Event-Key", "diagnostics:ping"), payload).ignored());
    }
}
