package io.jenkins.plugins.drone.spec;

import java.math.BigDecimal;

/**
 * Go's {@code strconv.FormatFloat(f, 'g', -1, 64)}, which Drone uses to turn float settings into text (§6):
 * shortest digits, scientific notation when the decimal exponent is below -4 or at least 6 ({@code 1e+06}).
 */
public final class GoFloat {

    private GoFloat() {}

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        return sign + exact.toPlainString();
    }
}
