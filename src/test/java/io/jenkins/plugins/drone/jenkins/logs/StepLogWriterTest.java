package io.jenkins.plugins.drone.jenkins.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.jenkins.records.LogMark;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that a step log reopened at a saved mark continues exactly there: what the files hold beyond the mark (lines
 * written after the last save, before the controller died) is cut, so the lines sent again appear once; the mark
 * counts pieces of a long line as events, as the engine's ResumePoint does.
 */
class StepLogWriterTest {

    @TempDir
    File dir;

    @Test
    void reopenedAtAMarkCutsWhatFollowsAndContinuesTheCount() throws Exception {
        File log = new File(dir, "000-step.log");
        LogMark saved;
        try (StepLogWriter writer = StepLogWriter.at(log, LogMark.NONE)) {
            writer.append("one", false, 1000);
            writer.append("tw", true, 2000);
            writer.append("o", false, 2001);
            saved = writer.mark();
            writer.append("three, written after the save", false, 3000);
        }
        assertEquals(3, saved.lines(), "a piece of a long line counts as one event");

        try (StepLogWriter writer = StepLogWriter.at(log, saved)) {
            writer.append("three", false, 4000);
            assertEquals(4, writer.mark().lines());
        }
        assertEquals("one\ntwo\nthree\n", Files.readString(log.toPath(), StandardCharsets.UTF_8));
        assertEquals(3 * LogTimes.RECORD, LogTimes.fileOf(log).length(), "one time per line, the cut one's gone");
    }
}
