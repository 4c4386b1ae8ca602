package io.jenkins.plugins.drone.spec.legacy;

import java.util.regex.Pattern;

/** Drone's 0.8 detector (§16.1): some line is exactly {@code pipeline:}, trailing whitespace allowed. */
public final class LegacyFormat {

    private static final Pattern PIPELINE_LINE = Pattern.compile("(?m)^pipeline:[ \\t\\r]*$");

    private LegacyFormat() {}

    public static boolean isLegacy(String text) {
        return PIPELINE_LINE.matcher(text).find();
    }
}
