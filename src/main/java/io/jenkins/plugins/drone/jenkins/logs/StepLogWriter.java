package io.jenkins.plugins.drone.jenkins.logs;

import io.jenkins.plugins.drone.jenkins.records.LogMark;
import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Appends a running step's output to its log file, and for each line the moment it was written to the log's
 * {@link LogTimes} file. Pieces of a long line are joined: the line stays one line in the file. It counts what it
 * wrote as a {@link LogMark}, and opens a log at a mark: a resumed run continues exactly where the record says.
 */
public final class StepLogWriter implements Closeable {

    private final OutputStream log;
    private final OutputStream times;
    private long lines;
    private long offset;
    private long timesOffset;
    private boolean openLine;

    private StepLogWriter(File file, LogMark mark) throws IOException {
        file.getParentFile().mkdirs();
        File timesFile = LogTimes.fileOf(file);
        cut(file, mark.logBytes());
        cut(timesFile, mark.timesBytes());
        this.lines = mark.lines();
        this.offset = mark.logBytes();
        this.timesOffset = mark.timesBytes();
        this.openLine = mark.openLine();
        this.log = new FileOutputStream(file, true);
        this.times = new FileOutputStream(timesFile, true);
    }

    /**
     * A writer that continues {@code file} (and its timestamps file) at {@code mark}, creating both when needed:
     * what either file holds beyond the mark is cut off first.
     */
    public static StepLogWriter at(File file, LogMark mark) throws IOException {
        return new StepLogWriter(file, mark);
    }

    /**
     * Appends a line, or a piece of one when {@code continues}; the line's time is that of its first piece.
     * Each write goes to the file at once, so readers see the log as it grows.
     */
    public void append(String text, boolean continues, long atMillis) throws IOException {
        if (!openLine) {
            times.write(ByteBuffer.allocate(LogTimes.RECORD).putLong(offset).putLong(atMillis).array());
            timesOffset += LogTimes.RECORD;
        }
        byte[] bytes = (continues ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
        log.write(bytes);
        offset += bytes.length;
        openLine = continues;
        lines++;
    }

    /** What has been written so far. */
    public LogMark mark() {
        return new LogMark(lines, offset, timesOffset, openLine);
    }

    private static void cut(File file, long length) throws IOException {
        if (file.isFile() && file.length() > length) {
            try (RandomAccessFile open = new RandomAccessFile(file, "rw")) {
                open.setLength(length);
            }
        }
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
