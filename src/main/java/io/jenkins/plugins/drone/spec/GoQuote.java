package io.jenkins.plugins.drone.spec;

/**
 * Go's {@code %q} ({@code strconv.Quote}): the one double-quoted string form of this project's YAML, because
 * drone-yaml's formatter (docs/drone-semantics.md#formatter) and Drone's {@code ${...}} substitution of multi-line values (docs/drone-semantics.md#substitution) both write it.
 * YAML reads every escape it uses (backslash and {@code a b f n r t v}, {@code xNN}, {@code uNNNN}, {@code UNNNNNNNN})
 * back to the same text.
 */
public final class GoQuote {

    private GoQuote() {}

    /** {@code text} between double quotes; quotes, backslashes and what Go does not print are escaped. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> append(out, c));
        return out.append('"').toString();
    }

    private static void append(StringBuilder out, int c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x0b -> out.append("\\v");
            default -> {
                if (isPrint(c)) {
                    out.appendCodePoint(c);
                } else if (c < ' ' || c == 0x7f) {
                    out.append(String.format("\\x%02x", c));
                } else if (c < 0x10000) {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.append(String.format("\\U%08x", c));
                }
            }
        }
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean isPrint(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
