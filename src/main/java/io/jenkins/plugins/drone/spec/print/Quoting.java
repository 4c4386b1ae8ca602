package io.jenkins.plugins.drone.spec.print;

/**
 * drone-yaml's formatter rule for when a string must be double-quoted (docs/drone-semantics.md#formatter), with Go
 * {@code %q} escaping.
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
        return needsQuotes(s) ? quote(s) : s;
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        q.append(String.format("\\x%02x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
