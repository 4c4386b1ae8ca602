package io.jenkins.plugins.drone.spec.bind;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Docker's memory sizes ({@code 1g}, {@code 64MiB}, {@code 512m}, plain bytes): units are powers of 1024. */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?", Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "kmgtp";

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
}
