package io.jenkins.plugins.drone.jenkins.ui;

import java.util.Locale;

/** Human units for what the UI shows: byte counts in binary units and durations in s/min/h. */
public final class Figures {

    private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Figures() {}

    /** {@code 1536} → {@code 1.5 KiB}; empty for a negative (unknown) count. */
    public static String bytes(long count) {
        if (count < 0) {
            return "";
        }
        double value = count;
        int unit = 0;
        while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return (unit == 0 ? Long.toString(count) : String.format(Locale.ROOT, "%.1f", value)) + " " + BYTE_UNITS[unit];
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
