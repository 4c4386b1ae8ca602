package io.jenkins.plugins.drone.spec;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drone's {@code ${...}} substitution on raw YAML text (docs/drone-semantics.md#substitution): {@code $$} is a literal {@code $}, {@code $NAME}
 * is left to the shell, unknown names are empty, and bash-like operators apply. Like drone/envsubst, a backslash
 * before {@code \} or {@code /} in the text is dropped ({@code \\} becomes {@code \}, {@code \/} becomes
 * {@code /}), whether or not the file uses {@code ${...}}. Values with a newline are inserted as a quoted, escaped
 * string. A malformed expression is left as written.
 */
public final class Substitution {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private Substitution() {}

    public static String apply(String text, Map<String, String> vars) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$' || escapedByBackslash(text, i)) {
                out.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = closingBrace(text, i + 2);
                String expression = end < 0 ? null : evaluate(text.substring(i + 2, end), vars);
                if (expression == null) {
                    out.append(c);
                    i++;
                } else {
                    out.append(quoteIfMultiline(expression));
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** drone/envsubst's escape in text: a backslash followed by a backslash or a slash. */
    private static boolean escapedByBackslash(String text, int i) {
        return text.charAt(i) == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == '/');
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The value of one expression (without {@code ${ }}), or null when it is malformed. */
    private static String evaluate(String expr, Map<String, String> vars) {
        if (expr.startsWith("#") && NAME.matcher(expr.substring(1)).matches()) {
            return String.valueOf(vars.getOrDefault(expr.substring(1), "").length());
        }
        var m = NAME.matcher(expr);
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group();
        String value = vars.get(name);
        String v = value == null ? "" : value;
        String op = expr.substring(name.length());
        if (op.isEmpty()) {
            return v;
        }
        return switch (op.charAt(0)) {
            case '^', ',' -> changeCase(v, op);
            case ':' -> colon(v, value == null, op.substring(1), vars);
            case '=', '-' -> value == null ? apply(op.substring(1), vars) : v;
            case '#' -> op.startsWith("##") ? Trim.prefix(v, op.substring(2), true) : Trim.prefix(v, op.substring(1), false);
            case '%' -> op.startsWith("%%") ? Trim.suffix(v, op.substring(2), true) : Trim.suffix(v, op.substring(1), false);
            case '/' -> replace(v, op.substring(1), vars);
            default -> null;
        };
    }

    private static String changeCase(String v, String op) {
        if (v.isEmpty()) {
            return v;
        }
        return switch (op) {
            case "^" -> v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1);
            case "^^" -> v.toUpperCase(Locale.ROOT);
            case "," -> v.substring(0, 1).toLowerCase(Locale.ROOT) + v.substring(1);
            case ",," -> v.toLowerCase(Locale.ROOT);
            default -> null;
        };
    }

    /** {@code :-default}, {@code :=default} (unset or empty), {@code :pos} and {@code :pos:len}. */
    private static String colon(String v, boolean unset, String rest, Map<String, String> vars) {
        if (rest.startsWith("-") && !rest.matches("-\\d+(:\\d+)?") || rest.startsWith("=")) {
            return unset || v.isEmpty() ? apply(rest.substring(1), vars) : v;
        }
        String[] parts = rest.strip().split(":", -1);
        try {
            int pos = Integer.parseInt(parts[0].strip());
            int start = pos < 0 ? Math.max(0, v.length() + pos) : Math.min(pos, v.length());
            if (parts.length == 1) {
                return v.substring(start);
            }
            int len = Integer.parseInt(parts[1].strip());
            return v.substring(start, Math.max(start, Math.min(v.length(), start + len)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code /old/new} (first), {@code //old/new} (all), {@code /#old/new} (prefix), {@code /%old/new} (suffix). */
    private static String replace(String v, String spec, Map<String, String> vars) {
        char mode = spec.isEmpty() ? ' ' : spec.charAt(0);
        String body = "/#%".indexOf(mode) >= 0 ? spec.substring(1) : spec;
        int slash = unescapedSlash(body);
        String old = unescape(slash < 0 ? body : body.substring(0, slash));
        String replacement = slash < 0 ? "" : apply(unescape(body.substring(slash + 1)), vars);
        if (old.isEmpty()) {
            return v;
        }
        return switch (mode) {
            case '/' -> v.replace(old, replacement);
            case '#' -> v.startsWith(old) ? replacement + v.substring(old.length()) : v;
            case '%' -> v.endsWith(old) ? v.substring(0, v.length() - old.length()) + replacement : v;
            default -> v.replaceFirst(Pattern.quote(old), java.util.regex.Matcher.quoteReplacement(replacement));
        };
    }

    private static int unescapedSlash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '/') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        return s.replace("\\/", "/");
    }

    /** A value with a newline becomes a Go {@code %q} string, as Drone inserts it, so the YAML stays valid. */
    private static String quoteIfMultiline(String value) {
        return value.indexOf('\n') < 0 ? value : GoQuote.quote(value);
    }

    /** Bash's {@code #}, {@code ##}, {@code %}, {@code %%}: remove the shortest or longest matching prefix/suffix. */
    private static final class Trim {

        static String prefix(String v, String pattern, boolean longest) {
            for (int i = 0; i <= v.length(); i++) {
                int cut = longest ? v.length() - i : i;
                if (ShellPattern.matches(pattern, v.substring(0, cut))) {
                    return v.substring(cut);
                }
            }
            return v;
        }

        static String suffix(String v, String pattern, boolean longest) {
            for (int i = 0; i <= v.length(); i++) {
                int cut = longest ? i : v.length() - i;
                if (ShellPattern.matches(pattern, v.substring(cut))) {
                    return v.substring(0, cut);
                }
            }
            return v;
        }
    }
}
