package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.spec.Glob;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files of a pipeline's workspace are copied out after its steps (docs/jobs.md#test-reports-and-artifacts):
 * artifact and JUnit report globs (Drone's glob syntax, relative to the workspace, e.g. {@code **}{@code /target/*.xml}),
 * at most {@code maxBytes} in all; a file that would go over the bound is left out with a warning.
 *
 * @param artifacts globs of files to archive
 * @param reports   globs of JUnit XML files
 * @param maxBytes  most bytes collected per pipeline
 */
public record WorkspaceCollection(List<String> artifacts, List<String> reports, long maxBytes) implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The bound when none is given: 100 MiB per pipeline. */
    public static final long DEFAULT_MAX_BYTES = 100L << 20;
    /** Nothing to collect. */
    public static final WorkspaceCollection NONE = new WorkspaceCollection(List.of(), List.of(), DEFAULT_MAX_BYTES);

    public WorkspaceCollection {
        artifacts = List.copyOf(artifacts);
        reports = List.copyOf(reports);
    }

    /** True when no glob is given. */
    public boolean isEmpty() {
        return artifacts.isEmpty() && reports.isEmpty();
    }

    /** True when the workspace-relative {@code path} matches an artifact glob. */
    public boolean isArtifact(String path) {
        return artifacts.stream().anyMatch(glob -> Glob.match(glob, path));
    }

    /** True when the workspace-relative {@code path} matches a report glob. */
    public boolean isReport(String path) {
        return reports.stream().anyMatch(glob -> Glob.match(glob, path));
    }

    /**
     * The workspace directories that hold every file the globs can match, so that only they are read: the literal
     * directories the globs start with ({@code reports} for {@code reports/TEST-*.xml}), none inside another;
     * {@code ""} (the whole workspace) when a glob starts with a pattern ({@code **}{@code /TEST-*.xml}).
     */
    public List<String> roots() {
        List<String> roots = Stream.concat(artifacts.stream(), reports.stream()).map(WorkspaceCollection::literalDirectory)
                .distinct().sorted().toList();
        return roots.stream().filter(root -> roots.stream().noneMatch(other -> !other.equals(root)
                && (other.isEmpty() || root.startsWith(other + "/")))).toList();
    }

    private static String literalDirectory(String glob) {
        String[] segments = glob.split("/");
        StringBuilder directory = new StringBuilder();
        for (int i = 0; i < segments.length - 1 && segments[i].chars().noneMatch(c -> "*?[{\\".indexOf(c) >= 0); i++) {
            if (segments[i].isEmpty() || segments[i].equals(".") || segments[i].equals("..")) {
                break;
            }
            directory.append(directory.length() == 0 ? "" : "/").append(segments[i]);
        }
        return directory.toString();
    }

    /** True when the file at {@code path} is collected (if it fits the bound). */
    public boolean wants(String path) {
        return isArtifact(path) || isReport(path);
    }
}
