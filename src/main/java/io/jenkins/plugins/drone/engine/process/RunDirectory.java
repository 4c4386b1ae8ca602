package io.jenkins.plugins.drone.engine.process;

import io.jenkins.plugins.drone.engine.Directories;
import io.jenkins.plugins.drone.engine.RunSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory of one exec run, laid out as Drone's exec runner does: {@code <tmp>/drone-<run id>} holds
 * {@code home/drone} (the steps' {@code HOME}), {@code opt} (the step scripts) and the workspace at the path the plan
 * gives ({@code /drone/src} becomes {@code <root>/drone/src}). With a host workspace (the CLI's current directory),
 * paths under the workspace base lead there instead, and that directory is never deleted.
 */
final class RunDirectory {

    /** The workspace variables whose values are paths; they are rewritten to the host paths. */
    private static final List<String> PATH_VARIABLES = List.of("DRONE_WORKSPACE", "DRONE_WORKSPACE_BASE",
            "CI_WORKSPACE", "CI_WORKSPACE_BASE");

    private final Path root;
    private final String workspaceBase;
    private final Path hostWorkspace;

    private RunDirectory(Path root, String workspaceBase, Path hostWorkspace) {
        this.root = root;
        this.workspaceBase = workspaceBase;
        this.hostWorkspace = hostWorkspace;
    }

    /** The directory of {@code run} under {@code tempRoot}; {@link #create} makes it. */
    static RunDirectory of(Path tempRoot, RunSpec run) {
        return new RunDirectory(tempRoot.toAbsolutePath().resolve(run.resourcePrefix()), run.workspaceBase(),
                run.hostWorkspace());
    }

    /** Creates the root (open to this user only), home, script and workspace directories; idempotent. */
    void create() throws IOException {
        Files.createDirectories(root);
        if (Files.getFileStore(root).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
        for (Path dir : List.of(home(), scripts(), map(workspaceBase))) {
            Files.createDirectories(dir);
        }
    }

    Path root() {
        return root;
    }

    Path home() {
        return root.resolve("home").resolve("drone");
    }

    private Path scripts() {
        return root.resolve("opt");
    }

    /** Where a path of the plan (a working directory, the workspace) is on this machine. */
    Path map(String planPath) {
        String path = planPath == null || planPath.isBlank() ? workspaceBase : planPath;
        if (hostWorkspace != null && (path.equals(workspaceBase) || path.startsWith(workspaceBase + "/"))) {
            return hostWorkspace.resolve(path.substring(workspaceBase.length()).replaceFirst("^/+", ""));
        }
        return root.resolve(path.replaceFirst("^/+", ""));
    }

    /** Writes a step's script into {@code opt}, executable by this user only, and returns its path. */
    Path script(String name, String text) throws IOException {
        Path file = scripts().resolve(name.replaceAll("[^a-zA-Z0-9_.-]", "-") + ".sh");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().setExecutable(true, true);
        return file;
    }

    /** The step's variables with the workspace paths made host paths and {@code HOME} the run's own. */
    Map<String, String> environment(Map<String, String> planned) {
        Map<String, String> env = new LinkedHashMap<>(planned);
        PATH_VARIABLES.forEach(key -> env.computeIfPresent(key, (k, path) -> map(path).toString()));
        env.put("HOME", home().toString());
        return env;
    }

    /** Removes the run's directory with everything in it; a host workspace stays. */
    void delete() {
        Directories.deleteTree(root);
    }
}
