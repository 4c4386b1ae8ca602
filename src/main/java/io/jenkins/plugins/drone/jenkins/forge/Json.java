package io.jenkins.plugins.drone.jenkins.forge;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading fields of a webhook payload: a missing field or a JSON null reads as empty text or 0. */
final class Json {

    private Json() {}

    /** The text at {@code path} below {@code node}, or "" when a step of the path is missing or not text. */
    static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    /** The node at {@code path} below {@code node}; a missing node when a step is missing. */
    static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String step : path) {
            current = current.path(step);
        }
        return current;
    }

    /** The integer at {@code path}, 0 when missing or not a number. */
    static int number(JsonNode node, String... path) {
        return at(node, path).asInt(0);
    }

    /** The first non-empty value. */
    static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
