package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Platform;
import java.util.Set;

/**
 * Server rule 3 (docs/drone-semantics.md#server-lint-rules): {@code platform.os} and {@code platform.arch} are ones
 * Drone supports (HEAD rule set).
 */
public final class PlatformRule implements PipelineRule {

    private static final Set<String> OS = Set.of("linux", "windows");
    private static final Set<String> ARCH = Set.of("arm", "arm64", "amd64", "ppc64le", "s390x");

    @Override
    public void check(LintContext ctx) {
        Platform platform = ctx.pipeline().platform();
        if (!platform.os().isEmpty() && !OS.contains(platform.os())) {
            ctx.error(platform.position(), "linter: unsupported os: " + platform.os());
        }
        if (!platform.arch().isEmpty() && !ARCH.contains(platform.arch())) {
            ctx.error(platform.position(), "linter: unsupported architecture: " + platform.arch());
        }
    }
}
