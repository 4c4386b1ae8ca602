package io.jenkins.plugins.drone.freestyle;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes literal text as a YAML scalar that Drone reads back unchanged: {@code ${} and {@code $$} are escaped
 * against Drone's substitution on the raw file (§13), and the text is written plain when YAML 1.1 would read it
 * as the same string, as a {@code |-} block when it spans lines, and double-quoted otherwise.
 */
final class YamlScalars {

    /** Control characters, and what YAML also reads as line breaks or refuses: C1, LS, PS, BOM, non-characters. */
    private static final String UNSAFE = "\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029\\ufeff\\ufffe\\uffff";
    private static final Pattern PLAIN = Pattern.compile("([A-Za-z_/$]|\\./)[^\\t\\n" + UNSAFE + "]*");
    private static final Pattern PRINTABLE_LINES = Pattern.compile("[^" + UNSAFE + "]*");
    private static final Pattern ESCAPED = Pattern.compile("[" + UNSAFE + "]");
    private static final Set<String> NOT_STRINGS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private YamlScalars() {}

    /** The scalar for {@code text}; a block scalar's lines are indented by {@code indent} spaces. */
    static String render(String text, int indent) {
        String escaped = escapeSubstitution(text);
        if (isPlain(escaped)) {
            return escaped;
        }
        if (isBlockLiteral(escaped)) {
            String margin = " ".repeat(indent);
            return "|-\n" + margin + escaped.replace("\n", "\n" + margin).replaceAll("(?m)^ +$", "");
        }
        return doubleQuoted(escaped);
    }

    /** Doubles each {@code $} that Drone's substitution would otherwise consume ({@code $$}, {@code ${}). */
    static String escapeSubstitution(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '$' && i + 1 < text.length() && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '$')) {
                out.append('$');
            }
        }
        return out.toString();
    }

    private static boolean isPlain(String text) {
        return PLAIN.matcher(text).matches()
                && text.equals(text.strip())
                && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":")
                && !NOT_STRINGS.contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    /** Lines of printable text (tabs allowed), none blank but non-empty, first not indented, no final newline. */
    private static boolean isBlockLiteral(String text) {
        return text.contains("\n")
                && PRINTABLE_LINES.matcher(text).matches()
                && !text.startsWith(" ") && !text.startsWith("\t")
                && !text.endsWith("\n")
                && !Pattern.compile("(?m)^[ \\t]+$").matcher(text).find();
    }

    private static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(ESCAPED.matcher(String.valueOf(c)).matches()
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
