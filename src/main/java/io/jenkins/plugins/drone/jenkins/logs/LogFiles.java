package io.jenkins.plugins.drone.jenkins.logs;

import java.io.File;

/** Where a build keeps its per-step logs: {@code <build dir>/drone/<pipeline index>/<entry file>}. */
public final class LogFiles {

    private LogFiles() {}

    /** The log directory of the pipeline at {@code index} (file order) of a build. */
    public static File pipelineDir(File buildDir, int index) {
        return new File(new File(buildDir, "drone"), String.valueOf(index));
    }

    /**
     * A file name for an entry that is safe on any file system and unique within its pipeline: its
     * position plus the name reduced to {@code [A-Za-z0-9._-]}.
     */
    public static String fileName(int position, String stepName) {
        String safe = stepName.replaceAll("[^A-Za-z0-9._-]", "_");
        return String.format("%03d-%s.log", position, safe.length() > 60 ? safe.substring(0, 60) : safe);
    }
}
