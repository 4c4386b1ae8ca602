package io.jenkins.plugins.drone.spec.bind;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker's memory sizes ({@code 1g}, {@code 64MiB}, {@code 512m}, plain bytes): units are powers of 1024. The one
 * place that reads and writes byte counts, for the YAML printer, the pages and the command line.
 */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?", Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "kmgtp";
    private static final String[] UNIT_NAMES = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private ByteSize() {}

    /** Bytes, or -1 when the text is not a size. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            return -1;
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            int power = UNITS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            value = value.multiply(BigDecimal.valueOf(1024).pow(power));
        }
        try {
            return value.longValue() < 0 ? -1 : value.toBigInteger().longValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** As drone-yaml prints sizes: {@code 104857600} → {@code 100MiB}, {@code 1536} → {@code 1.5KiB}. */
    public static String format(long bytes) {
        return format(bytes, "");
    }

    /** The same with a space before the unit, for tables and pages: {@code 1.5 KiB}, {@code 1023 B}. */
    public static String display(long bytes) {
        return format(bytes, " ");
    }

    /** In the largest unit that keeps the number at least 1, with up to 4 significant digits. */
    private static String format(long bytes, String separator) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNIT_NAMES.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4g", value).replaceAll("\\.?0+$", "");
        return number + separator + UNIT_NAMES[unit];
    }
}
