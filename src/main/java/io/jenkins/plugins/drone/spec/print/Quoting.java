package io.jenkins.plugins.drone.spec.print;

import io.jenkins.plugins.drone.spec.GoQuote;

/**
 * drone-yaml's formatter rule for when a string must be double-quoted (docs/drone-semantics.md#formatter), with Go
 * {@code %q} ({@link GoQuote}).
 */
public final class Quoting {

    private static final String FIRST_CHARS = ",[]{}*\"'%@`|>#";
    private static final String FIRST_BEFORE_SPACE = "&!-:?";

    private Quoting() {}

    public static boolean needsQuotes(String s) {
        if (s.isEmpty() || !s.equals(s.strip())) {
            return true;
        }
        char first = s.charAt(0);
        if (FIRST_CHARS.indexOf(first) >= 0) {
            return true;
        }
        if (FIRST_BEFORE_SPACE.indexOf(first) >= 0 && s.length() > 1 && s.charAt(1) == ' ') {
            return true;
        }
        return s.chars().anyMatch(Character::isISOControl) || s.contains(": ") || s.contains(" #") || s.endsWith(":");
    }

    /** The string as it appears in output: plain, or quoted and escaped. */
    public static String render(String s) {
        return needsQuotes(s) ? GoQuote.quote(s) : s;
    }
}
