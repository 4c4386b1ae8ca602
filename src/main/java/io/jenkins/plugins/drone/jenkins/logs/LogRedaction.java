package io.jenkins.plugins.drone.jenkins.logs;

import io.jenkins.plugins.drone.jenkins.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Date;

/**
 * Replaces a step's log file with a note saying who redacted it and when, after a secret leaked into it (the
 * times of its lines go with it).
 * Only the step's own file changes: the build's console log is Jenkins' own and keeps its (masked) lines.
 */
public final class LogRedaction {

    private LogRedaction() {}

    /** Overwrites {@code log} with the redaction note and returns the note. */
    public static String redact(File log, String user, Date when) throws IOException {
        String note = Messages.logRedactionNote(user, when) + "\n";
        log.getParentFile().mkdirs();
        Files.write(log.toPath(), note.getBytes(StandardCharsets.UTF_8));
        Files.deleteIfExists(LogTimes.fileOf(log).toPath());
        return note;
    }
}
