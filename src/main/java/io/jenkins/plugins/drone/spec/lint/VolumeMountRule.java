package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.VolumeMount;
import java.util.Set;

/** Runner linter rule 11: a step mounts no reserved volume and nothing under {@code /run/drone}. */
public final class VolumeMountRule implements StepRule {

    static final Set<String> RESERVED = Set.of("workspace", "_workspace", "_docker_socket");

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        for (VolumeMount mount : step.volumes()) {
            if (RESERVED.contains(mount.name())) {
                ctx.error(mount.position(), "linter: invalid volume name: " + mount.name());
            }
            if (mount.path().equals("/run/drone") || mount.path().startsWith("/run/drone/")) {
                ctx.error(mount.position(), "linter: cannot mount volume at /run/drone");
            }
        }
    }
}
