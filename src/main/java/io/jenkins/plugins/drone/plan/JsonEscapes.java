package io.jenkins.plugins.drone.plan;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * How Jackson escapes the plan's JSON strings: control characters other than newline, return and tab as a
 * backslash, {@code u} and four lower-case hex digits (as the plan JSON has always written them), and optionally
 * HTML-safe as Go's {@code encoding/json} is ({@code < > &}, U+2028 and U+2029 escaped the same way).
 */
final class JsonEscapes extends CharacterEscapes {

    private static final String HTML = "<>&\u2028\u2029";

    private final int[] ascii = standardAsciiEscapesForJSON();
    private final boolean goHtmlSafe;

    JsonEscapes(boolean goHtmlSafe) {
        this.goHtmlSafe = goHtmlSafe;
        for (char c = 0; c < ' '; c++) {
            if (c != '\n' && c != '\r' && c != '\t') {
                ascii[c] = ESCAPE_CUSTOM;
            }
        }
        if (goHtmlSafe) {
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        boolean escaped = c < ' ' || (goHtmlSafe && HTML.indexOf(c) >= 0);
        return escaped ? new SerializedString(String.format("\\u%04x", c)) : null;
    }
}
