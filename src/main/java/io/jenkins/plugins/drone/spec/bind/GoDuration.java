package io.jenkins.plugins.drone.spec.bind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code time.ParseDuration} texts as docker-compose writes them ({@code 1m30s}, {@code 500ms}, {@code 2s}). */
public final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDuration() {}

    /** Milliseconds (rounded up, so a positive duration never reads as 0), or -1 when the text is not a duration. */
    public static long parseMillis(String text) {
        String t = text.strip();
        if (t.equals("0")) {
            return 0;
        }
        Matcher m = PART.matcher(t);
        BigDecimal nanos = BigDecimal.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2)))));
            end = m.end();
        }
        if (end == 0 || end != t.length()) {
            return -1;
        }
        try {
            return nanos.divide(BigDecimal.valueOf(1_000_000), 0, RoundingMode.CEILING).longValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** The text Go prints for whole units: {@code 90000} → {@code 1m30s}, {@code 500} → {@code 500ms}. */
    public static String formatMillis(long millis) {
        if (millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        return text.append(seconds % 60).append('s').toString();
    }
}
