package io.jenkins.plugins.drone.jenkins.logs;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;

/**
 * When each line of a step's log was written: beside {@code NNN-step.log} a file {@code NNN-step.log.times} of
 * fixed records (the byte offset where a line starts, the epoch milliseconds it arrived), in offset order. A
 * reader finds the first line of a byte range by binary search and then reads on.
 */
public final class LogTimes implements AutoCloseable {

    /** Bytes per record: two longs. */
    static final int RECORD = 16;

    private final DataInputStream in;
    private long nextOffset = Long.MAX_VALUE;
    private long nextMillis;

    private LogTimes(DataInputStream in) throws IOException {
        this.in = in;
        advance();
    }

    /** The timestamps file of the log {@code log}. */
    public static File fileOf(File log) {
        return new File(log.getPath() + ".times");
    }

    /** Reads the times of {@code log}'s lines that start at {@code from} or later (none when there is no file). */
    public static LogTimes from(File log, long from) throws IOException {
        File file = fileOf(log);
        long first = file.isFile() ? firstAtOrAfter(file, from) : 0;
        DataInputStream in = new DataInputStream(new BufferedInputStream(
                file.isFile() ? new FileInputStream(file) : InputStream.nullInputStream()));
        in.skipNBytes(first * RECORD);
        return new LogTimes(in);
    }

    private static long firstAtOrAfter(File file, long offset) throws IOException {
        try (RandomAccessFile times = new RandomAccessFile(file, "r")) {
            long low = 0;
            long high = times.length() / RECORD;
            while (low < high) {
                long middle = (low + high) >>> 1;
                times.seek(middle * RECORD);
                if (times.readLong() < offset) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /**
     * The time of the line that starts at {@code offset}, or -1 when no line starts there; offsets must be
     * asked for in increasing order.
     */
    public long at(long offset) throws IOException {
        while (nextOffset < offset) {
            advance();
        }
        return nextOffset == offset ? nextMillis : -1;
    }

    private void advance() throws IOException {
        try {
            nextOffset = in.readLong();
            nextMillis = in.readLong();
        } catch (EOFException e) {
            nextOffset = Long.MAX_VALUE;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
