package io.jenkins.plugins.drone.jenkins.logs;

import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Appends a running step's output to its log file, and for each line the moment it was written to the log's
 * {@link LogTimes} file. Pieces of a long line are joined: the line stays one line in the file.
 */
public final class StepLogWriter implements Closeable {

    private final OutputStream log;
    private final OutputStream times;
    private long offset;
    private boolean openLine;

    private StepLogWriter(File file) throws IOException {
        file.getParentFile().mkdirs();
        this.offset = file.length();
        this.log = new FileOutputStream(file, true);
        this.times = new FileOutputStream(LogTimes.fileOf(file), true);
    }

    /** A writer that appends to {@code file} (and its timestamps file), creating both when needed. */
    public static StepLogWriter open(File file) throws IOException {
        return new StepLogWriter(file);
    }

    /**
     * Appends a line, or a piece of one when {@code continues}; the line's time is that of its first piece.
     * Each write goes to the file at once, so readers see the log as it grows.
     */
    public void append(String text, boolean continues, long atMillis) throws IOException {
        if (!openLine) {
            times.write(ByteBuffer.allocate(LogTimes.RECORD).putLong(offset).putLong(atMillis).array());
        }
        byte[] bytes = (continues ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
        log.write(bytes);
        offset += bytes.length;
        openLine = continues;
    }

    @Override
    public void close() throws IOException {
        try {
            log.close();
        } finally {
            times.close();
        }
    }
}
