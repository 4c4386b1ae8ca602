package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The workspace rule of the docker runner (docs/drone-semantics.md#workspace): defaults, absolute path, restricted
 * paths.
 */
final class Workspaces {

    static final String DEFAULT_BASE = "/drone/src";
    private static final List<String> RESTRICTED_EXACT = List.of("/", "/etc", "/var");
    private static final List<String> RESTRICTED_TREES = List.of("/etc/docker", "/var/run", "/proc",
            "/usr/local/bin", "/usr/local/sbin", "/usr/bin", "/bin", "/mnt", "/mount", "/media", "/sys", "/dev");

    private Workspaces() {
    }

    /** Base and path as the runner uses them on {@code os}; on Windows {@code c:} is prepended and / becomes \\. */
    static PipelinePlan.WorkspaceSpec of(Workspace workspace, String os) {
        PipelinePlan.WorkspaceSpec posix = of(workspace);
        if (!"windows".equals(os)) {
            return posix;
        }
        return new PipelinePlan.WorkspaceSpec("c:" + posix.base().replace('/', '\\'), posix.path().replace('/', '\\'));
    }

    /** Base and path as the runner uses them; null {@code workspace} means the default. */
    static PipelinePlan.WorkspaceSpec of(Workspace workspace) {
        String base = workspace == null ? "" : workspace.base();
        String path = workspace == null ? "" : workspace.path();
        if (base.isEmpty() && path.startsWith("/")) {
            base = path;
            path = "";
        }
        if (base.isEmpty()) {
            base = DEFAULT_BASE;
        }
        PipelinePlan.WorkspaceSpec spec = new PipelinePlan.WorkspaceSpec(base, path);
        return isRestricted(spec.fullPath()) ? new PipelinePlan.WorkspaceSpec(DEFAULT_BASE, "") : spec;
    }

    /** A host path Drone never mounts over, compared in lower case after making it absolute and clean. */
    static boolean isRestricted(String path) {
        String clean = Path.of("/").resolve(path).normalize().toString().toLowerCase(Locale.ROOT);
        return RESTRICTED_EXACT.contains(clean)
                || RESTRICTED_TREES.stream().anyMatch(t -> clean.equals(t) || clean.startsWith(t + "/"));
    }
}
