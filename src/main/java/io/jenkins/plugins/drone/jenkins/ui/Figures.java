package io.jenkins.plugins.drone.jenkins.ui;

import io.jenkins.plugins.drone.spec.bind.ByteSize;
import java.util.Locale;

/** Human units for what the UI shows: byte counts in binary units and durations in s/min/h. */
public final class Figures {

    private Figures() {}

    /** {@code 1536} → {@code 1.5 KiB}; empty for a negative (unknown) count. */
    public static String bytes(long count) {
        return count < 0 ? "" : ByteSize.display(count);
    }

    /** {@code 83000} → {@code 1 min 23 s}; {@code 450} → {@code 0.5 s}; empty for 0 (never started). */
    public static String duration(long millis) {
        if (millis <= 0) {
            return "";
        }
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds / 60 % 60 + " min";
    }
}
