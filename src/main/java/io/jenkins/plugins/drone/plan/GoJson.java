package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.GoFloat;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compact JSON of an untyped YAML value as Go's {@code encoding/json} writes it after Drone's YAML round trip:
 * keys sorted by code point, no spaces, {@code < > &} escaped, Go's float rule
 * (docs/drone-semantics.md#settings-encoding).
 */
final class GoJson {

    private GoJson() {
    }

    static String write(YamlValue value) {
        StringBuilder json = new StringBuilder();
        append(json, value);
        return json.toString();
    }

    private static void append(StringBuilder json, YamlValue value) {
        if (value instanceof YamlValue.Scalar scalar) {
            appendScalar(json, scalar.resolved());
        } else if (value instanceof YamlValue.Sequence sequence) {
            json.append('[');
            String separator = "";
            for (YamlValue item : sequence.items()) {
                append(json.append(separator), item);
                separator = ",";
            }
            json.append(']');
        } else if (value instanceof YamlValue.Mapping mapping) {
            appendMapping(json, mapping);
        } else {
            appendSecretMapping(json, (YamlValue.FromSecret) value);
        }
    }

    private static void appendMapping(StringBuilder json, YamlValue.Mapping mapping) {
        Map<String, YamlValue> sorted = new TreeMap<>(GoJson::compareCodePoints);
        mapping.entries().forEach((key, item) -> sorted.put(keyText(key.resolved()), item));
        json.append('{');
        String separator = "";
        for (Map.Entry<String, YamlValue> entry : sorted.entrySet()) {
            JsonEscapes.quote(json.append(separator), entry.getKey(), true);
            append(json.append(':'), entry.getValue());
            separator = ",";
        }
        json.append('}');
    }

    /** A {@code from_secret} map nested inside a map or list setting is plain data to Drone. */
    private static void appendSecretMapping(StringBuilder json, YamlValue.FromSecret secret) {
        JsonEscapes.quote(json.append("{\"from_secret\":"), secret.secretName(), true);
        json.append('}');
    }

    private static void appendScalar(StringBuilder json, Object resolved) {
        if (resolved == null) {
            json.append("null");
        } else if (resolved instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                json.append("null");
            } else {
                json.append(GoFloat.formatJson(d));
            }
        } else if (resolved instanceof String text) {
            JsonEscapes.quote(json, text, true);
        } else if (resolved instanceof Boolean b) {
            json.append(b);
        } else {
            json.append(resolved);
        }
    }

    /** A map key as Go's {@code fmt.Sprint} prints the YAML 1.1 value it was resolved to. */
    static String keyText(Object resolved) {
        if (resolved == null) {
            return "<nil>";
        }
        return resolved instanceof Double d ? GoFloat.formatG(d) : resolved.toString();
    }

    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
