package io.jenkins.plugins.drone.spec;

import java.util.regex.Pattern;

/**
 * The one way this project writes a literal word into a POSIX shell script (step commands run in
 * {@code /bin/sh}, docs/drone-semantics.md#commands): left bare when it holds only characters the shell never interprets, else
 * double-quoted with {@code $ ` " \} escaped, so nothing is expanded.
 */
public final class ShellQuote {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./=:@%+,-]+");

    private ShellQuote() {}

    /** {@code word} as the shell reads back exactly that word. */
    public static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : word.toCharArray()) {
            if (c == '$' || c == '`' || c == '\\' || c == '"') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }
}
