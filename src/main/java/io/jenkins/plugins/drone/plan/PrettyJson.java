package io.jenkins.plugins.drone.plan;

import java.util.List;
import java.util.Map;

/** Writes maps (in their own key order), lists, strings, numbers, booleans and null as indented JSON. */
final class PrettyJson {

    private PrettyJson() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, "");
        return out.append('\n').toString();
    }

    private static void append(StringBuilder out, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            appendMap(out, map, indent);
        } else if (value instanceof List<?> list) {
            appendList(out, list, indent);
        } else if (value instanceof String text) {
            appendString(out, text);
        } else {
            out.append(value);
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + "  ";
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(inner);
            appendString(out, entry.getKey().toString());
            out.append(": ");
            append(out, entry.getValue(), inner);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        out.append(indent).append('}');
    }

    private static void appendList(StringBuilder out, List<?> list, String indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        String inner = indent + "  ";
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            out.append(inner);
            append(out, list.get(i), inner);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        out.append(indent).append(']');
    }

    private static void appendString(StringBuilder out, String text) {
        JsonStrings.append(out, text, false);
    }
}
