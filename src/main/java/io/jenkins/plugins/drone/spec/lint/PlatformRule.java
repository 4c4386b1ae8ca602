package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Platform;
import java.util.Set;

/**
 * Server rule 3 (docs/drone-semantics.md#server-lint-rules): {@code platform.os} and {@code platform.arch} are ones
 * Drone supports (HEAD rule set); for an exec pipeline, the platforms of Drone's exec runner.
 */
public final class PlatformRule implements PipelineRule {

    private static final Set<String> OS = Set.of("linux", "windows");
    private static final Set<String> ARCH = Set.of("arm", "arm64", "amd64", "ppc64le", "s390x");
    private static final Set<String> EXEC_OS = Set.of("linux", "windows", "darwin", "freebsd", "netbsd", "openbsd",
            "dragonfly", "solaris");
    private static final Set<String> EXEC_ARCH = Set.of("amd64", "arm64", "arm", "386");

    @Override
    public void check(LintContext ctx) {
        Platform platform = ctx.pipeline().platform();
        boolean exec = Pipeline.runsOnHost(ctx.pipeline().type());
        Set<String> os = exec ? EXEC_OS : OS;
        Set<String> arch = exec ? EXEC_ARCH : ARCH;
        if (!platform.os().isEmpty() && !os.contains(platform.os())) {
            ctx.error(platform.position(), "linter: unsupported os: " + platform.os());
        }
        if (!platform.arch().isEmpty() && !arch.contains(platform.arch())) {
            ctx.error(platform.position(), "linter: unsupported architecture: " + platform.arch());
        }
    }
}
