package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proves a pull request from a fork is never trusted (docs/forges.md#untrusted-pull-requests): in a trusted
 * job its privileged step and host volume are refused before anything runs, saying why, while the same file from the
 * job's own repository plans.
 */
class ForkTrustTest {

    private static final String FILE = """
            kind: pipeline
            name: default
            steps:
            - name: escape
              image: docker:dind
              privileged: true
              volumes:
              - name: sock
                path: /var/run/docker.sock
            volumes:
            - name: sock
              host:
                path: /var/run/docker.sock
            """;

    private static PlanResult plan(boolean fork) {
        BuildContext context = BuildContext.builder().branch("main").event("pull_request").pullRequest(7)
                .trusted(true).fork(fork).sourceRepo(fork ? "mallory/app" : "").build();
        return FilePlanner.plan(".drone.yml", FILE, context, PlanOptions.DEFAULT);
    }

    @Test
    void aForkPullRequestCannotRunPrivilegedEvenInATrustedJob() {
        PlanResult result = plan(true);
        assertFalse(result.ok());
        String errors = result.diagnostics().stream().map(d -> d.format()).collect(Collectors.joining("\n"));
        assertTrue(errors.contains("step \"escape\": privileged mode is never allowed for a pull request from a fork"),
                errors);
        assertTrue(errors.contains("host volume \"sock\" is never allowed for a pull request from a fork"), errors);
    }

    @Test
    void theSameFileFromTheJobsOwnRepositoryPlansInATrustedJob() {
        PlanResult result = plan(false);
        assertTrue(result.ok(), () -> List.copyOf(result.diagnostics()).toString());
    }
}
