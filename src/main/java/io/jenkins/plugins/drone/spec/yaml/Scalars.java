package io.jenkins.plugins.drone.spec.yaml;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/** YAML 1.1 resolution of plain scalars exactly as gopkg.in/yaml.v2 does it (docs/drone-semantics.md#yaml-dialect). */
public final class Scalars {

    private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
    private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
    private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> NAN = Set.of(".nan", ".NaN", ".NAN");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Scalars() {}

    /** Null, Boolean, Long, BigInteger (beyond int64), Double or the text itself. */
    public static Object resolve(String text) {
        if (NULL.contains(text)) {
            return null;
        }
        if (TRUE.contains(text)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(text)) {
            return Boolean.FALSE;
        }
        Object special = infinityOrNan(text);
        if (special != null) {
            return special;
        }
        if ("-+0123456789.".indexOf(text.charAt(0)) < 0) {
            return text;
        }
        String plain = text.replace("_", "");
        BigInteger integer = goInteger(plain);
        if (integer != null && integer.bitLength() < 64) {
            return integer.longValueExact();
        }
        if (integer != null && integer.signum() > 0 && integer.compareTo(MAX_UINT64) <= 0) {
            return integer;
        }
        if (FLOAT.matcher(plain).matches()) {
            return Double.parseDouble(plain);
        }
        return text;
    }

    private static Object infinityOrNan(String text) {
        String unsigned = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (unsigned.equals(".inf") || unsigned.equals(".Inf") || unsigned.equals(".INF")) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return NAN.contains(text) ? Double.NaN : null;
    }

    /** Go's {@code strconv.ParseInt(s, 0, ...)} prefixes: 0x, 0o, 0b, a leading 0 for octal; null if not an integer. */
    static BigInteger goInteger(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        int radix = 10;
        String lower = digits.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        final int base = radix;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c < 128 && Character.digit(c, base) >= 0)) {
            return null;
        }
        BigInteger value = new BigInteger(digits, base);
        return negative ? value.negate() : value;
    }
}
