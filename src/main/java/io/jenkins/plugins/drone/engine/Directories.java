package io.jenkins.plugins.drone.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the directories the engine made for a run (clone copies, temp trees, exec run directories). */
public final class Directories {

    private Directories() {}

    /**
     * Deletes {@code dir} and everything under it without following symbolic links (a link is removed, never its
     * target); a null or missing directory is left alone, and what cannot be deleted stays.
     */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // what is left is in a temp directory, or is found by the next cleanup
        }
    }
}
