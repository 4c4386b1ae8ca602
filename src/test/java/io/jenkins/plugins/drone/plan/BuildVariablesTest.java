package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

// Proves the DRONE_*/CI_* build variables of docs/drone-semantics.md#build-variables and the values observed in a
// real run.
class BuildVariablesTest {

    private static BuildContext.Builder push() {
        return BuildContext.builder().repo("acme/app").branch("main").ref("refs/heads/main").commit("C")
                .buildNumber(7).event("push");
    }

    @Test
    void pushHasTheObservedRepositoryCommitAndBuildValues() {
        Map<String, String> env = BuildVariables.of(push().build());
        assertEquals("acme/app", env.get("CI_REPO_NAME"));
        assertEquals("app", env.get("DRONE_REPO_NAME"));
        assertEquals("acme", env.get("DRONE_REPO_NAMESPACE"));
        assertEquals("main", env.get("DRONE_SOURCE_BRANCH"));
        assertEquals("C", env.get("DRONE_COMMIT_AFTER"));
        assertEquals("refs/heads/main", env.get("CI_COMMIT_REF"));
        assertEquals("7", env.get("CI_BUILD_NUMBER"));
        assertEquals("success", env.get("DRONE_BUILD_STATUS"));
        assertEquals("http:///acme/app/7", env.get("DRONE_BUILD_LINK"));
        assertFalse(env.containsKey("DRONE_TAG"));
        assertFalse(env.containsKey("DRONE_PULL_REQUEST"));
    }

    @Test
    void tagBuildGetsSemVerWithoutTheLeadingV() {
        Map<String, String> env = BuildVariables.of(push().ref("refs/tags/v1.2.3-rc.1+b5").event("tag").build());
        assertEquals("v1.2.3-rc.1+b5", env.get("DRONE_TAG"));
        assertEquals("1.2.3-rc.1+b5", env.get("DRONE_SEMVER"));
        assertEquals("1", env.get("DRONE_SEMVER_MAJOR"));
        assertEquals("2", env.get("DRONE_SEMVER_MINOR"));
        assertEquals("3", env.get("DRONE_SEMVER_PATCH"));
        assertEquals("1.2.3", env.get("DRONE_SEMVER_SHORT"));
        assertEquals("rc.1", env.get("DRONE_SEMVER_PRERELEASE"));
        assertEquals("b5", env.get("DRONE_SEMVER_BUILD"));
        assertFalse(env.containsKey("DRONE_CALVER"));
    }

    @Test
    void nonSemVerTagReportsAnErrorAndCalVerTagGetsCalVer() {
        Map<String, String> bad = BuildVariables.of(push().ref("refs/tags/latest").build());
        assertEquals("latest is not in dotted-tri format", bad.get("DRONE_SEMVER_ERROR"));
        Map<String, String> cal = BuildVariables.of(push().ref("refs/tags/2024.05-beta").build());
        assertEquals("2024.05-beta", cal.get("DRONE_CALVER"));
        assertEquals("2024.05", cal.get("DRONE_CALVER_SHORT"));
        assertEquals("beta", cal.get("DRONE_CALVER_MODIFIER"));
        assertFalse(cal.containsKey("DRONE_SEMVER_MAJOR"));
    }

    @Test
    void pullRequestNumberIsTheFirstRunOfDigitsInTheRef() {
        Map<String, String> env = BuildVariables.of(
                push().event("pull_request").ref("refs/pull/42/head").sourceBranch("feature/x").build());
        assertEquals("42", env.get("DRONE_PULL_REQUEST"));
        assertEquals("feature/x", env.get("DRONE_SOURCE_BRANCH"));
        assertEquals("main", env.get("DRONE_TARGET_BRANCH"));
    }
}
