package io.jenkins.plugins.drone.jenkins.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.drone.jenkins.forge.ForgeKind;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proves each forge gets its documented request: GitHub's and Gitea's {@code POST /repos/{owner}/{repo}/statuses/{sha}}
 * ({@code state}, {@code target_url}, {@code description}, {@code context}), GitLab's {@code POST
 * /projects/:id/statuses/:sha} with the URL-encoded project path ({@code state}, {@code name}, {@code target_url},
 * {@code description}; docs.gitlab.com/api/commits/#set-the-pipeline-status-of-a-commit), Bitbucket Cloud's
 * {@code POST /2.0/repositories/{workspace}/{repo_slug}/commit/{commit}/statuses/build} and Data Center's
 * {@code POST /rest/api/1.0/projects/{projectKey}/repos/{repositorySlug}/commits/{commitId}/builds} ({@code key},
 * {@code state}, {@code name}, {@code url}, {@code description}); each Drone status in each forge's words; and the
 * token only in the Authorization value, never in the URL, the body or the request's text.
 */
class StatusApisTest {

    private static final String SHA = "6dcb09b5b57875f334f61aebed695e2e4193db5e";
    private static final String TOKEN = "tok-3141592653";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static StatusRequest request(ForgeKind kind, String api, String slug, DroneStatus status) {
        StatusTarget target = new StatusTarget(kind, api, slug, TOKEN);
        return StatusApis.of(target).request(target, SHA,
                new CommitStatus("drone/build", status, "success in 3 sec", "http://ci/job/x/1/drone/#build"));
    }

    private static JsonNode body(StatusRequest request) throws Exception {
        return JSON.readTree(request.json());
    }

    @Test
    void gitHubPostsToTheStatusesOfTheCommitWithABearerToken() throws Exception {
        StatusRequest request = request(ForgeKind.GITHUB, "https://api.github.com/", "octo/hello", DroneStatus.SUCCESS);
        assertEquals("https://api.github.com/repos/octo/hello/statuses/" + SHA, request.uri().toString());
        assertEquals("Bearer " + TOKEN, request.authorization());
        assertEquals(JSON.readTree("{\"state\":\"success\",\"target_url\":\"http://ci/job/x/1/drone/#build\","
                + "\"description\":\"success in 3 sec\",\"context\":\"drone/build\"}"), body(request));
    }

    @Test
    void gitHubAndGiteaKnowFourStates() throws Exception {
        Map<DroneStatus, String> words = Map.of(DroneStatus.WAITING, "pending", DroneStatus.PENDING, "pending",
                DroneStatus.RUNNING, "pending", DroneStatus.SUCCESS, "success", DroneStatus.SKIPPED, "success",
                DroneStatus.FAILURE, "failure", DroneStatus.ERROR, "error", DroneStatus.KILLED, "error");
        for (ForgeKind kind : new ForgeKind[] {ForgeKind.GITHUB, ForgeKind.GITEA}) {
            for (Map.Entry<DroneStatus, String> word : words.entrySet()) {
                JsonNode body = body(request(kind, "http://f", "o/r", word.getKey()));
                assertEquals(word.getValue(), body.get("state").asText(), kind + " " + word.getKey());
            }
        }
    }

    @Test
    void giteaUsesItsApiBaseAndTheTokenScheme() {
        StatusRequest request = request(ForgeKind.GITEA, "https://gitea.example/api/v1", "team/app",
                DroneStatus.RUNNING);
        assertEquals("https://gitea.example/api/v1/repos/team/app/statuses/" + SHA, request.uri().toString());
        assertEquals("token " + TOKEN, request.authorization());
    }

    @Test
    void gitLabNamesTheProjectByItsEncodedPathAndHasAWordForEachStatus() throws Exception {
        StatusRequest request = request(ForgeKind.GITLAB, "https://gitlab.com/api/v4", "group/sub/app",
                DroneStatus.FAILURE);
        assertEquals("https://gitlab.com/api/v4/projects/group%2Fsub%2Fapp/statuses/" + SHA, request.uri().toString());
        assertEquals("Bearer " + TOKEN, request.authorization());
        JsonNode body = body(request);
        assertEquals("failed", body.get("state").asText());
        assertEquals("drone/build", body.get("name").asText());
        assertEquals("http://ci/job/x/1/drone/#build", body.get("target_url").asText());
        Map<DroneStatus, String> words = Map.of(DroneStatus.PENDING, "pending", DroneStatus.RUNNING, "running",
                DroneStatus.SUCCESS, "success", DroneStatus.SKIPPED, "skipped", DroneStatus.ERROR, "failed",
                DroneStatus.KILLED, "canceled");
        for (Map.Entry<DroneStatus, String> word : words.entrySet()) {
            assertEquals(word.getValue(), body(request(ForgeKind.GITLAB, "http://g", "a/b", word.getKey()))
                    .get("state").asText(), word.getKey().word());
        }
    }

    @Test
    void bitbucketCloudPostsABuildStatusOfTheCommit() throws Exception {
        StatusRequest request = request(ForgeKind.BITBUCKET, "https://api.bitbucket.org/2.0", "team/app",
                DroneStatus.RUNNING);
        assertEquals("https://api.bitbucket.org/2.0/repositories/team/app/commit/" + SHA + "/statuses/build",
                request.uri().toString());
        assertEquals(JSON.readTree("{\"key\":\"drone/build\",\"state\":\"INPROGRESS\",\"name\":\"drone/build\","
                + "\"url\":\"http://ci/job/x/1/drone/#build\",\"description\":\"success in 3 sec\"}"), body(request));
        assertEquals("STOPPED", body(request(ForgeKind.BITBUCKET, "https://api.bitbucket.org/2.0", "t/a",
                DroneStatus.KILLED)).get("state").asText());
        assertEquals("SUCCESSFUL", body(request(ForgeKind.BITBUCKET, "https://api.bitbucket.org/2.0", "t/a",
                DroneStatus.SKIPPED)).get("state").asText());
    }

    @Test
    void bitbucketDataCenterPostsToTheBuildsOfTheCommitInItsProject() throws Exception {
        StatusRequest request = request(ForgeKind.BITBUCKET, "https://bitbucket.example/", "PROJ/app",
                DroneStatus.KILLED);
        assertEquals("https://bitbucket.example/rest/api/1.0/projects/PROJ/repos/app/commits/" + SHA + "/builds",
                request.uri().toString());
        assertEquals("FAILED", body(request).get("state").asText());
        assertEquals("drone/build", body(request).get("key").asText());
    }

    @Test
    void theTokenIsOnlyInTheAuthorizationValue() {
        for (ForgeKind kind : ForgeKind.values()) {
            StatusRequest request = request(kind, "https://forge.example/api", "o/r", DroneStatus.FAILURE);
            assertTrue(request.authorization().endsWith(TOKEN), kind.id());
            assertFalse(request.uri().toString().contains(TOKEN), kind.id());
            assertFalse(request.json().contains(TOKEN), kind.id());
            assertFalse(request.toString().contains(TOKEN), kind.id());
        }
        StatusTarget target = new StatusTarget(ForgeKind.GITHUB, "https://api.github.com", "o/r", TOKEN);
        assertFalse(target.toString().contains(TOKEN));
    }

    @Test
    void aLongDescriptionIsCutToWhatEveryForgeAccepts() {
        CommitStatus status = new CommitStatus("drone/x", DroneStatus.ERROR, "e".repeat(300), null);
        assertEquals(CommitStatus.MAX_DESCRIPTION, status.description().length());
        assertEquals("", status.targetUrl());
    }
}
