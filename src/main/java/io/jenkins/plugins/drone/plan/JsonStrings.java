package io.jenkins.plugins.drone.plan;

/** Writes JSON string literals, optionally HTML-safe as Go's {@code encoding/json} does ({@code <} as {@code \u003c}). */
final class JsonStrings {

    private JsonStrings() {}

    static void append(StringBuilder out, String text, boolean goHtmlSafe) {
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
                    boolean html = c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
                    if (c < 0x20 || (goHtmlSafe && html)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
