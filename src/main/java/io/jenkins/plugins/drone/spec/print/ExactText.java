package io.jenkins.plugins.drone.spec.print;

import io.jenkins.plugins.drone.spec.GoQuote;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The strings of a generated file, which Drone must read back as exactly their text: {@code ${} and {@code $$} are
 * escaped against Drone's substitution on the raw file (docs/drone-semantics.md#substitution), and the text is written plain when YAML 1.1 reads it
 * as the same string, as a {@code |-} block when it spans lines, and Go-quoted ({@link GoQuote}) otherwise.
 */
final class ExactText {

    /** Control characters, and what YAML also reads as line breaks or refuses: C1, LS, PS, BOM, non-characters. */
    private static final String UNSAFE = "\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029\\ufeff\\ufffe\\uffff";
    private static final Pattern PLAIN_START = Pattern.compile("([A-Za-z_/$]|\\./)[^\\t\\n" + UNSAFE + "]*");
    private static final Pattern PRINTABLE_LINES = Pattern.compile("[^" + UNSAFE + "]*");
    private static final Pattern BLANK_LINE = Pattern.compile("(?m)^[ \\t]+$");
    private static final Set<String> NOT_STRINGS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private ExactText() {}

    /** A map key: plain or quoted, never a block. */
    static String key(String text) {
        String escaped = escapeSubstitution(text);
        return isPlain(escaped) ? escaped : GoQuote.quote(escaped);
    }

    /** A value; the lines of a {@code |-} block are indented by {@code margin} spaces. */
    static String value(String text, int margin) {
        String escaped = escapeSubstitution(text);
        if (isPlain(escaped)) {
            return escaped;
        }
        if (isBlockLiteral(escaped)) {
            String pad = " ".repeat(margin);
            return "|-\n" + pad + escaped.replace("\n", "\n" + pad).replaceAll("(?m)^ +$", "");
        }
        return GoQuote.quote(escaped);
    }

    /** Doubles each {@code $} that Drone's substitution would otherwise consume ({@code $$}, {@code ${}). */
    private static String escapeSubstitution(String text) {
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

    /** What the formatter leaves plain, restricted to texts that YAML 1.1 cannot read as another type. */
    private static boolean isPlain(String text) {
        return !Quoting.needsQuotes(text) && PLAIN_START.matcher(text).matches()
                && !NOT_STRINGS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** Lines of printable text (tabs allowed), none blank but non-empty, first not indented, no final newline. */
    private static boolean isBlockLiteral(String text) {
        return text.contains("\n")
                && PRINTABLE_LINES.matcher(text).matches()
                && !text.startsWith(" ") && !text.startsWith("\t")
                && !text.endsWith("\n")
                && !BLANK_LINE.matcher(text).find();
    }
}
