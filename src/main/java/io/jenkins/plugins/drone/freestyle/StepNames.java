package io.jenkins.plugins.drone.freestyle;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names steps: {@code # name: build} on the first line of the script (after a shebang) wins, else
 * {@code shell-N} where N is the builder's position in the job; names are cleaned to
 * {@code [a-z0-9._-]} (also a safe host name and file name), cut to Drone's 100 characters and made unique
 * (also against the built-in {@code clone} step) with {@code -2}, {@code -3}...
 */
final class StepNames {

    private static final Pattern NAME_COMMENT = Pattern.compile("#\\s*name:\\s*(\\S.*?)\\s*");
    private static final int MAX_LENGTH = 100;

    /** {@code clone} is the built-in clone step's name, which no other step may take. */
    private final Set<String> taken = new HashSet<>(Set.of("clone"));

    /** The name for the builder at {@code position} (1-based) running {@code script}. */
    String next(int position, String script) {
        String base = declared(script).map(StepNames::clean).filter(s -> !s.isEmpty()).orElse("shell-" + position);
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = "-" + n;
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return name;
    }

    private static Optional<String> declared(String script) {
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#!")) {
                continue;
            }
            Matcher m = NAME_COMMENT.matcher(trimmed);
            return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String clean(String declared) {
        String name = declared.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return name.substring(0, Math.min(name.length(), MAX_LENGTH));
    }
}
