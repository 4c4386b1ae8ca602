package io.jenkins.plugins.drone.plan;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes maps (in their own key order), lists, strings, numbers, booleans and null as JSON indented by two spaces;
 * the project's own few lines, so that {@code plan} does not load a JSON library at start-up.
 */
final class PrettyJson {

    private PrettyJson() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder(4096);
        append(out, value, "\n");
        return out.append('\n').toString();
    }

    private static void append(StringBuilder out, Object value, String newline) {
        if (value instanceof Map<?, ?> map) {
            appendAll(out, '{', map.entrySet().iterator(), '}', newline);
        } else if (value instanceof Collection<?> list) {
            appendAll(out, '[', list.iterator(), ']', newline);
        } else if (value instanceof String text) {
            JsonEscapes.quote(out, text, false);
        } else if (value == null || value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not JSON data: " + value);
        }
    }

    private static void appendAll(StringBuilder out, char open, Iterator<?> items, char close, String newline) {
        out.append(open);
        String inner = newline + "  ";
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "" : ",").append(inner);
            first = false;
            Object item = items.next();
            if (item instanceof Map.Entry<?, ?> field) {
                JsonEscapes.quote(out, String.valueOf(field.getKey()), false);
                out.append(": ");
                item = field.getValue();
            }
            append(out, item, inner);
        }
        out.append(first ? "" : newline).append(close);
    }
}
