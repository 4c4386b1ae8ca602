package io.jenkins.plugins.drone.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Drone's glob matching: the semantics of bmatcuk/doublestar v1.1.1 {@code Match}
 * (docs/drone-semantics.md#glob-patterns). Segments split on {@code /}; {@code **} as a whole segment spans segments;
 * {@code *}, {@code ?}, {@code [..]} (negated by {@code ^}), {@code {a,b}} and {@code \} escapes work inside one
 * segment. A malformed pattern never matches.
 */
public final class Glob {

    private Glob() {}

    /** True if {@code value} matches {@code pattern} completely; false for a malformed pattern. */
    public static boolean match(String pattern, String value) {
        try {
            return matchSegments(split(pattern, '/'), 0, split(value, '/'), 0);
        } catch (BadPattern e) {
            return false;
        }
    }

    /** Splits on {@code sep} unless escaped; a trailing separator adds no empty segment, "" is one empty segment. */
    static List<String> split(String text, char sep) {
        List<String> parts = new ArrayList<>();
        if (text.indexOf(sep) < 0) {
            parts.add(text);
            return parts;
        }
        int start = 0;
        while (start < text.length()) {
            int end = indexUnescaped(text, start, sep);
            if (end < 0) {
                end = text.length();
            }
            parts.add(text.substring(start, end));
            start = end + 1;
        }
        return parts;
    }

    private static int indexUnescaped(String text, int from, char wanted) {
        int at = text.indexOf(wanted, from);
        while (at > 0 && text.charAt(at - 1) == '\\') {
            at = text.indexOf(wanted, at + 1);
        }
        return at;
    }

    private static boolean matchSegments(List<String> pattern, int p, List<String> value, int v) {
        if (pattern.size() == p || value.size() == v) {
            return pattern.size() == p && value.size() == v;
        }
        while (p < pattern.size() && v < value.size()) {
            if (pattern.get(p).equals("**")) {
                if (++p >= pattern.size()) {
                    return true;
                }
                for (; v < value.size(); v++) {
                    if (matchSegments(pattern, p, value, v)) {
                        return true;
                    }
                }
                return false;
            }
            if (!matchSegment(pattern.get(p), 0, value.get(v), 0)) {
                return false;
            }
            p++;
            v++;
        }
        return p >= pattern.size() && v >= value.size();
    }

    private static boolean matchSegment(String pat, int p, String name, int n) {
        if (pat.length() == p && name.length() == n) {
            return true;
        }
        if (pat.length() == p) {
            return false;
        }
        if (name.length() == n && !pat.substring(p).equals("*")) {
            return false;
        }
        while (p < pat.length() && n < name.length()) {
            int pc = pat.codePointAt(p);
            int nc = name.codePointAt(n);
            switch (pc) {
                case '\\' -> {
                    p++;
                    if (p >= pat.length()) {
                        throw new BadPattern();
                    }
                    if (pat.codePointAt(p) != nc) {
                        return false;
                    }
                    p += Character.charCount(nc);
                    n += Character.charCount(nc);
                }
                case '*' -> {
                    return matchStar(pat, p + 1, name, n);
                }
                case '[' -> {
                    int end = indexUnescaped(pat, p + 1, ']');
                    if (end < 0) {
                        throw new BadPattern();
                    }
                    if (!CharClass.matches(pat.substring(p + 1, end), nc)) {
                        return false;
                    }
                    p = end + 1;
                    n += Character.charCount(nc);
                }
                case '{' -> {
                    return matchAlternatives(pat, p + 1, name, n);
                }
                default -> {
                    if (pc != '?' && pc != nc) {
                        return false;
                    }
                    p += Character.charCount(pc);
                    n += Character.charCount(nc);
                }
            }
        }
        return p >= pat.length() && n >= name.length()
                || n >= name.length() && pat.substring(p).equals("*");
    }

    private static boolean matchStar(String pat, int p, String name, int n) {
        if (p >= pat.length()) {
            return true;
        }
        for (; n < name.length(); n += Character.charCount(name.codePointAt(n))) {
            if (matchSegment(pat, p, name, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchAlternatives(String pat, int p, String name, int n) {
        int end = indexUnescaped(pat, p, '}');
        if (end < 0) {
            throw new BadPattern();
        }
        String rest = pat.substring(end + 1);
        for (String option : split(pat.substring(p, end), ',')) {
            if (matchSegment(option + rest, 0, name, n)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code [...]} class body: ranges {@code a-z}, escapes, a leading {@code ^} negates. */
    private static final class CharClass {

        static boolean matches(String body, int c) {
            int[] runes = body.codePoints().toArray();
            if (runes.length == 0) {
                throw new BadPattern();
            }
            boolean negated = runes[0] == '^';
            boolean hit = false;
            int i = negated ? 1 : 0;
            while (i < runes.length) {
                int low = runes[i++];
                if (low == '-') {
                    throw new BadPattern();
                }
                if (low == '\\') {
                    low = at(runes, i++);
                }
                int high = low;
                if (i < runes.length && runes[i] == '-') {
                    high = at(runes, ++i);
                    i++;
                    if (high == '-') {
                        throw new BadPattern();
                    }
                    if (high == '\\') {
                        high = at(runes, i++);
                    }
                }
                hit |= low <= c && c <= high;
            }
            return hit != negated;
        }

        private static int at(int[] runes, int i) {
            if (i >= runes.length) {
                throw new BadPattern();
            }
            return runes[i];
        }
    }

    /** Raised inside the matcher for a malformed pattern; {@link #match} turns it into "no match". */
    private static final class BadPattern extends RuntimeException {
        BadPattern() {
            super(null, null, false, false);
        }
    }
}
