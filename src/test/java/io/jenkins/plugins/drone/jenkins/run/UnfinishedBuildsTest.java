package io.jenkins.plugins.drone.jenkins.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of unfinished builds on a real file: what the start-up scan loads instead of every build. */
class UnfinishedBuildsTest {

    @TempDir
    File home;

    // Proves that builds are listed once each, in the order they started, and leave the index when they end.
    @Test
    void buildsAreAddedOnceAndRemovedWhenTheyEnd() throws Exception {
        UnfinishedBuilds index = new UnfinishedBuilds(new File(home, "drone-pipeline/unfinished-builds.txt"));
        assertEquals(Set.of(), index.entries(), "no file yet: nothing to resume");
        index.track("folder/app", 7, true);
        index.track("other", 12, true);
        index.track("folder/app", 7, true);
        assertEquals(List.of("folder/app\t7", "other\t12"), List.copyOf(index.entries()));
        index.track("folder/app", 7, false);
        assertEquals(List.of("other\t12"), List.copyOf(index.entries()));
        String entry = index.entries().iterator().next();
        assertEquals("other", UnfinishedBuilds.job(entry));
        assertEquals(12, UnfinishedBuilds.number(entry));
    }

    // Proves that a new index of the same name reads what an earlier one wrote (a controller restarted on its home).
    @Test
    void theIndexOutlivesTheObjectThatWroteIt() throws Exception {
        File file = new File(home, "drone-pipeline/unfinished-builds.txt");
        new UnfinishedBuilds(file).track("a job with spaces", 3, true);
        assertEquals(Set.of("a job with spaces\t3"), new UnfinishedBuilds(file).entries());
    }

    // Proves that each change replaces the file whole (no temporary left) and that a torn or foreign line is ignored.
    @Test
    void changesReplaceTheFileAndBadLinesAreIgnored() throws Exception {
        File file = new File(home, "drone-pipeline/unfinished-builds.txt");
        UnfinishedBuilds index = new UnfinishedBuilds(file);
        index.track("app", 1, true);
        assertFalse(new File(file.getPath() + ".tmp").exists(), "the temporary file was moved into place");
        Files.writeString(file.toPath(), "app\t1\napp\t\nnonsense\napp\t2x\n", StandardCharsets.UTF_8);
        assertEquals(Set.of("app\t1"), index.entries());
        index.track("app", 1, false);
        assertTrue(file.isFile());
        assertEquals("", Files.readString(file.toPath(), StandardCharsets.UTF_8));
    }
}
