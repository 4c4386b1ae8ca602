package io.jenkins.plugins.drone.jenkins.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.PlanOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the approval page's rows: every entry that would run (the clone too, excluded steps not), its image and
 * whether a digest pins it, the host-level settings it asks for and the names of the secrets it wants.
 */
class PlannedStepTest {

    @Test
    void rowsShowImagesPinningPrivilegesAndSecretNames() {
        String file = """
                kind: pipeline
                name: default
                steps:
                - name: build
                  image: golang@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                  commands: [go build]
                - name: docker
                  image: docker:dind
                  privileged: true
                  volumes:
                  - name: sock
                    path: /var/run/docker.sock
                  environment:
                    PASSWORD:
                      from_secret: docker_password
                - name: only-on-tags
                  image: alpine
                  when:
                    event: [tag]
                volumes:
                - name: sock
                  host:
                    path: /var/run/docker.sock
                """;
        BuildContext context = BuildContext.builder().branch("main").trusted(true).build();
        List<PlannedStep> rows = PlannedStep.of(FilePlanner.plan(".drone.yml", file, context, PlanOptions.DEFAULT)
                .plan().pipelines());
        assertEquals(List.of("clone", "build", "docker"), rows.stream().map(PlannedStep::getName).toList());
        PlannedStep build = rows.get(1);
        assertTrue(build.isPinned());
        assertEquals(List.of(), build.getPrivileges());
        PlannedStep docker = rows.get(2);
        assertFalse(docker.isPinned());
        assertEquals(List.of("privileged", "host volume /var/run/docker.sock at /var/run/docker.sock"),
                docker.getPrivileges());
        assertEquals(List.of("docker_password"), docker.getSecrets());
    }
}
