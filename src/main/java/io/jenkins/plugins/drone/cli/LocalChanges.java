package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.git.ChangedFiles;
import io.jenkins.plugins.drone.git.Repositories;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The changed files of a command-line build, read from the local git repository with
 * {@link ChangedFiles}; the only class of the command line that loads JGit, and only when a {@code paths}
 * condition asks.
 */
final class LocalChanges {

    private static final String EVERYTHING = "paths conditions see every file as changed";

    private LocalChanges() {}

    /**
     * The files changed from the first of {@code bases} that {@code dir}'s repository knows to {@code head}, or
     * {@code null} (everything changed) with a note on {@code err} saying why.
     */
    static List<String> read(String dir, List<String> bases, String head, PrintWriter err) {
        if (bases.isEmpty()) {
            return note(err, "no --changed, --before or pull request target branch: " + EVERYTHING);
        }
        try (var repo = Repositories.containing(Path.of(dir))) {
            if (repo == null) {
                return note(err, dir + " is not in a git repository: " + EVERYTHING);
            }
            for (String base : bases) {
                List<String> files = ChangedFiles.between(repo, base, head);
                if (files != null) {
                    return files;
                }
            }
            return note(err, "cannot compare " + String.join(" or ", bases) + " with " + head + " in " + dir + ": "
                    + EVERYTHING);
        } catch (IOException | RuntimeException e) {
            return note(err, "cannot read the git repository at " + dir + " (" + e.getMessage() + "): " + EVERYTHING);
        }
    }

    private static List<String> note(PrintWriter err, String text) {
        err.println("note: " + text);
        err.flush();
        return null;
    }
}
