package io.jenkins.plugins.drone.spec.legacy;

/**
 * Drone's 0.8 detector (docs/drone-semantics.md#legacy-detection): some line is exactly {@code pipeline:}, trailing
 * whitespace allowed.
 */
public final class LegacyFormat {

    private static final String KEY = "pipeline:";

    private LegacyFormat() {}

    public static boolean isLegacy(String text) {
        for (int at = text.indexOf(KEY); at >= 0; at = text.indexOf(KEY, at + 1)) {
            if ((at == 0 || text.charAt(at - 1) == '\n') && restOfLineIsBlank(text, at + KEY.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean restOfLineIsBlank(String text, int from) {
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
