package io.jenkins.plugins.drone.spec;

/** Bash-style patterns for {@code ${v#pattern}}: {@code *} any text (slashes too), {@code ?} one character, {@code \} escapes. */
final class ShellPattern {

    private ShellPattern() {}

    static boolean matches(String pattern, String text) {
        return match(pattern, 0, text, 0);
    }

    private static boolean match(String p, int pi, String t, int ti) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = ti; k <= t.length(); k++) {
                    if (match(p, pi + 1, t, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (c == '\\' && pi + 1 < p.length()) {
                c = p.charAt(++pi);
            } else if (c == '?') {
                c = ti < t.length() ? t.charAt(ti) : c;
            }
            if (ti >= t.length() || t.charAt(ti) != c) {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.length();
    }
}
