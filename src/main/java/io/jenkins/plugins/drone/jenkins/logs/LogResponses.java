package io.jenkins.plugins.drone.jenkins.logs;

import io.jenkins.plugins.drone.jenkins.Messages;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.kohsuke.stapler.StaplerResponse;

/**
 * Writes logs as {@code text/plain} the way Jenkins' progressive console does: a byte range of a step's
 * log with {@code X-Text-Size} (where to continue) and {@code X-More-Data: true} while it may still grow;
 * or a whole pipeline's logs in order, each under a header line. Files are streamed through a small
 * buffer, never read into memory, so parallel reads of huge logs cost the controller next to nothing.
 */
public final class LogResponses {

    /** Bytes copied at a time. */
    static final int BUFFER = 16 * 1024;

    private LogResponses() {}

    /**
     * Bytes {@code [start, end)} of {@code file} (end clamped to its length; a missing file is empty).
     *
     * @param growing      whether the step still runs, so the client should ask again from {@code X-Text-Size}
     * @param stepStarted  with timestamps: the step's start (epoch ms), and each line in the range begins with
     *                     the time since then; -1 for the bytes as they are
     */
    public static void range(StaplerResponse rsp, File file, long start, long end, boolean growing, long stepStarted)
            throws IOException {
        long length = file.isFile() ? file.length() : 0;
        long from = Math.min(start, length);
        long to = Math.min(end < 0 ? length : end, length);
        long count = Math.max(0, to - from);
        plainText(rsp);
        rsp.setHeader("X-Text-Size", String.valueOf(from + count));
        if (growing) {
            rsp.setHeader("X-More-Data", "true");
        }
        if (count == 0) {
            return;
        }
        try (InputStream in = new FileInputStream(file)) {
            in.skipNBytes(from);
            if (stepStarted < 0) {
                copy(in, rsp.getOutputStream(), count);
            } else {
                copyStamped(new BufferedInputStream(in, BUFFER), rsp.getOutputStream(), file, from, count, stepStarted);
            }
        }
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[BUFFER];
        for (long left = count; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    /** Copies {@code count} bytes from offset {@code from}, putting the time since the start before each line. */
    private static void copyStamped(InputStream in, OutputStream out, File file, long from, long count, long started)
            throws IOException {
        try (LogTimes times = LogTimes.from(file, from)) {
            boolean lineStart = true;
            for (long offset = from; offset < from + count; offset++) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                if (lineStart) {
                    long at = times.at(offset);
                    if (at >= 0) {
                        out.write(elapsed(at - started).getBytes(StandardCharsets.US_ASCII));
                    }
                }
                out.write(b);
                lineStart = b == '\n';
            }
        }
    }

    /** {@code mm:ss } since the step started, as Drone's log view counts. */
    static String elapsed(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        return String.format(Locale.ROOT, "%02d:%02d ", seconds / 60, seconds % 60);
    }

    /** Every entry's log in pipeline order, each after a {@code ----- name (status) -----} line. */
    public static void whole(StaplerResponse rsp, Map<String, File> logsInOrder, Map<String, String> statuses,
                             boolean growing) throws IOException {
        plainText(rsp);
        if (growing) {
            rsp.setHeader("X-More-Data", "true");
        }
        OutputStream out = rsp.getOutputStream();
        for (Map.Entry<String, File> entry : logsInOrder.entrySet()) {
            String header = "----- " + entry.getKey() + " (" + statuses.get(entry.getKey()) + ") -----\n";
            out.write(header.getBytes(StandardCharsets.UTF_8));
            File file = entry.getValue();
            if (file.isFile()) {
                try (InputStream in = new FileInputStream(file)) {
                    copy(in, out, file.length());
                }
            }
        }
    }

    /**
     * A query parameter as a byte offset; {@code fallback} when absent.
     *
     * @throws IllegalArgumentException with a message for the user when it is not a whole number of at least 0
     */
    public static long offset(String name, String value, long fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            long offset = Long.parseLong(value.trim());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(Messages.badOffset(name, value));
    }

    private static void plainText(StaplerResponse rsp) {
        rsp.setContentType("text/plain;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-cache");
    }
}
