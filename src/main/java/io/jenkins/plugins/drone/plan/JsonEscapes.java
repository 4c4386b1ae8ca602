package io.jenkins.plugins.drone.plan;

/**
 * How the plan's JSON strings are quoted: control characters other than newline, return and tab as a backslash,
 * {@code u} and four lower-case hex digits (as the plan JSON has always written them), and optionally HTML-safe as
 * Go's {@code encoding/json} is ({@code < > &}, U+2028 and U+2029 escaped the same way).
 */
final class JsonEscapes {

    private static final String HTML = "<>&\u2028\u2029";

    private JsonEscapes() {
    }

    /** Appends {@code text} as a quoted JSON string. */
    static void quote(StringBuilder out, String text, boolean goHtmlSafe) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < ' ' || goHtmlSafe && HTML.indexOf(c) >= 0) {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
