package io.jenkins.plugins.drone.jenkins.logs;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.kohsuke.stapler.StaplerResponse;

/**
 * Writes logs as {@code text/plain} the way Jenkins' progressive console does: a byte range of a step's
 * log with {@code X-Text-Size} (where to continue) and {@code X-More-Data: true} while it may still grow;
 * or a whole pipeline's logs in order, each under a header line.
 */
public final class LogResponses {

    private LogResponses() {}

    /**
     * Bytes {@code [start, end)} of {@code file} (end clamped to its length; a missing file is empty).
     *
     * @param growing whether the step still runs, so the client should ask again from {@code X-Text-Size}
     */
    public static void range(StaplerResponse rsp, File file, long start, long end, boolean growing) throws IOException {
        long length = file.isFile() ? file.length() : 0;
        long from = Math.min(Math.max(start, 0), length);
        long to = Math.min(end < 0 ? length : end, length);
        byte[] bytes = new byte[(int) Math.max(0, Math.min(to - from, Integer.MAX_VALUE - 8))];
        if (bytes.length > 0) {
            try (RandomAccessFile in = new RandomAccessFile(file, "r")) {
                in.seek(from);
                in.readFully(bytes);
            }
        }
        plainText(rsp);
        rsp.setHeader("X-Text-Size", String.valueOf(from + bytes.length));
        if (growing) {
            rsp.setHeader("X-More-Data", "true");
        }
        rsp.getOutputStream().write(bytes);
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
            if (entry.getValue().isFile()) {
                Files.copy(entry.getValue().toPath(), out);
            }
        }
    }

    /** A query parameter as a byte offset; {@code fallback} when absent or not a number. */
    public static long offset(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void plainText(StaplerResponse rsp) {
        rsp.setContentType("text/plain;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-cache");
    }
}
