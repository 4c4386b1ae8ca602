package io.jenkins.plugins.drone.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line as it reads on a terminal: without its ANSI escape codes, with the position of each visible
 * character in the raw text, so that a match found in what is visible can be replaced in what was written.
 */
final class AnsiText {

    /** CSI sequences (colours, cursor moves), OSC sequences (titles, links) and two-character escapes. */
    private static final Pattern ESCAPE = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)|\u001B[@-Z\\\\-_]");

    private final String visible;
    private final int[] raw;

    private AnsiText(String visible, int[] raw) {
        this.visible = visible;
        this.raw = raw;
    }

    static AnsiText of(String text) {
        if (text.indexOf('\u001B') < 0) {
            return new AnsiText(text, null);
        }
        StringBuilder visible = new StringBuilder(text.length());
        int[] raw = new int[text.length()];
        Matcher escape = ESCAPE.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (text.charAt(at) == '\u001B' && escape.find(at) && escape.start() == at) {
                at = escape.end();
            } else {
                raw[visible.length()] = at;
                visible.append(text.charAt(at++));
            }
        }
        return new AnsiText(visible.toString(), raw);
    }

    /** {@code text} without its escape codes. */
    static String strip(String text) {
        return of(text).visible;
    }

    String visible() {
        return visible;
    }

    /** Where the visible character at {@code index} is in the raw text; the raw length for the end. */
    int rawStart(int index, int rawLength) {
        return raw == null ? index : index < visible.length() ? raw[index] : rawLength;
    }

    /** Where the raw text that shows the visible characters before {@code end} ends. */
    int rawEnd(int end) {
        return raw == null ? end : end == 0 ? 0 : raw[end - 1] + 1;
    }
}
