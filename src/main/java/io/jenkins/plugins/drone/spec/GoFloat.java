package io.jenkins.plugins.drone.spec;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Go's float-to-text rules, which Drone's settings encoder relies on: {@code strconv.FormatFloat(f,'g',-1,64)}
 * for plain values and {@code encoding/json}'s rule inside maps and lists
 * (docs/drone-semantics.md#settings-encoding). The one implementation for the settings encoder and the YAML printer.
 */
public final class GoFloat {

    private GoFloat() {
    }

    /** {@code strconv.FormatFloat(f, 'g', -1, 64)}: shortest digits, scientific when exponent < -4 or >= 6. */
    public static String formatG(double f) {
        if (Double.isNaN(f)) {
            return "NaN";
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        if (f == 0) {
            return isNegativeZero(f) ? "-0" : "0";
        }
        BigDecimal shortest = shortest(f);
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            return scientific(shortest, exponent);
        }
        return shortest.toPlainString();
    }

    /** Go {@code encoding/json} float64: plain decimal when 1e-6 <= |f| < 1e21, else {@code 1e-07} style as {@code 1e-7}. */
    public static String formatJson(double f) {
        double abs = Math.abs(f);
        if (f == 0) {
            return isNegativeZero(f) ? "-0" : "0";
        }
        BigDecimal shortest = shortest(f);
        if (abs < 1e-6 || abs >= 1e21) {
            int exponent = shortest.precision() - shortest.scale() - 1;
            return scientific(shortest, exponent).replaceFirst("e([-+])0(\\d)$", "e$1$2");
        }
        return shortest.toPlainString();
    }

    private static boolean isNegativeZero(double f) {
        return Double.doubleToRawLongBits(f) == Double.doubleToRawLongBits(-0.0);
    }

    /** The fewest significant digits that read back as exactly {@code f}, rounded to nearest. */
    private static BigDecimal shortest(double f) {
        for (int digits = 1; digits < 17; digits++) {
            String candidate = String.format(Locale.ROOT, "%." + (digits - 1) + "e", f);
            if (Double.parseDouble(candidate) == f) {
                return new BigDecimal(candidate).stripTrailingZeros();
            }
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.16e", f)).stripTrailingZeros();
    }

    private static String scientific(BigDecimal value, int exponent) {
        String digits = value.unscaledValue().abs().toString();
        StringBuilder out = new StringBuilder();
        if (value.signum() < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            out.append('0');
        }
        return out.append(abs).toString();
    }
}
