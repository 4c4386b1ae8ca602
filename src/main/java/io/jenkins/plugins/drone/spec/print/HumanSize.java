package io.jenkins.plugins.drone.spec.print;

/** Byte counts in Docker's binary units, as drone-yaml prints them: {@code 104857600} → {@code 100MiB}. */
final class HumanSize {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private HumanSize() {}

    static String format(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? Long.toString((long) value) : String.format("%.4g", value).replaceAll("\\.?0+$", "");
        return number + UNITS[unit];
    }
}
