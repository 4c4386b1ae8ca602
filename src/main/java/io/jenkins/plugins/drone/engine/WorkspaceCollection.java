package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.spec.Glob;
import java.io.Serializable;
import java.util.List;

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

    /** True when the file at {@code path} is collected (if it fits the bound). */
    public boolean wants(String path) {
        return isArtifact(path) || isReport(path);
    }
}
