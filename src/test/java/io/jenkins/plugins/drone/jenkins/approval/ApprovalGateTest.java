package io.jenkins.plugins.drone.jenkins.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.spec.Signer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves when a build waits for approval and what it says why: a fork pull request only when the job asks for
 * approval of forks (a same-repository one never), and in protected mode a file without a signature that verifies
 * with the job's key, a wrong key, no key or a key too short; a file signed with the key runs at once.
 */
class ApprovalGateTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String FILE = "kind: pipeline\nname: default\nsteps:\n- name: a\n  image: alpine\n";
    private static final BuildContext PUSH = BuildContext.builder().branch("main").build();
    private static final BuildContext FORK = BuildContext.builder().event("pull_request").pullRequest(12).fork(true)
            .sourceRepo("mallory/app").build();
    private static final BuildContext SAME_REPO_PR = BuildContext.builder().event("pull_request").pullRequest(13)
            .build();

    @Test
    void aForkPullRequestWaitsOnlyWhenTheJobAsks() {
        assertEquals(List.of("pull request #12 comes from the fork mallory/app"),
                ApprovalGate.reasons(FORK, true, false, "", FILE));
        assertEquals(List.of(), ApprovalGate.reasons(FORK, false, false, "", FILE));
        assertEquals(List.of(), ApprovalGate.reasons(SAME_REPO_PR, true, false, "", FILE));
    }

    @Test
    void aProtectedJobRunsOnlyFilesSignedWithItsKey() {
        String signed = Signer.resign(FILE, KEY);
        assertEquals(List.of(), ApprovalGate.reasons(PUSH, false, true, KEY, signed));
        String unsigned = "the pipeline file has no kind: signature document that verifies with the job's signing key";
        assertEquals(List.of(unsigned), ApprovalGate.reasons(PUSH, false, true, KEY, FILE));
        assertEquals(List.of(unsigned), ApprovalGate.reasons(PUSH, false, true, KEY.replace('0', '1'), signed));
        assertEquals(List.of(unsigned), ApprovalGate.reasons(PUSH, false, true, KEY, signed.replace("alpine", "evil")));
        assertEquals(List.of("the job is protected but has no signing key, so no signature can verify"),
                ApprovalGate.reasons(PUSH, false, true, "", signed));
        assertEquals(List.of("the job's signing key is shorter than 32 bytes, so no signature can verify"),
                ApprovalGate.reasons(PUSH, false, true, "short", signed));
        assertEquals(List.of(), ApprovalGate.reasons(PUSH, false, false, KEY, FILE), "not protected: no check");
    }

    @Test
    void bothReasonsAreGivenWhenBothApply() {
        assertEquals(2, ApprovalGate.reasons(FORK, true, true, KEY, FILE).size());
    }
}
