package io.jenkins.plugins.drone.jenkins.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

// Proves that the branch a git checkout reports (GIT_BRANCH) becomes the branch Drone conditions compare.
class FreestyleBuildContextsTest {

    @Test
    void remoteBranchLosesItsRemoteName() {
        assertEquals("main", FreestyleBuildContexts.branch("origin/main"));
        assertEquals("feature/x", FreestyleBuildContexts.branch("origin/feature/x"));
    }

    @Test
    void fullRefBecomesTheBranch() {
        assertEquals("release/1.0", FreestyleBuildContexts.branch("refs/heads/release/1.0"));
    }

    @Test
    void plainOrMissingBranchStaysAsItIs() {
        assertEquals("main", FreestyleBuildContexts.branch(" main "));
        assertEquals("", FreestyleBuildContexts.branch(""));
    }
}
