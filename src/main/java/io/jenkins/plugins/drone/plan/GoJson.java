package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.GoFloat;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.math.BigInteger;
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
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, YamlValue value) {
        if (value instanceof YamlValue.Scalar scalar) {
            appendScalar(out, scalar.resolved());
        } else if (value instanceof YamlValue.Sequence sequence) {
            out.append('[');
            for (int i = 0; i < sequence.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, sequence.items().get(i));
            }
            out.append(']');
        } else if (value instanceof YamlValue.Mapping mapping) {
            appendMapping(out, mapping);
        } else {
            appendSecretMapping(out, (YamlValue.FromSecret) value);
        }
    }

    private static void appendMapping(StringBuilder out, YamlValue.Mapping mapping) {
        Map<String, YamlValue> sorted = new TreeMap<>(GoJson::compareCodePoints);
        mapping.entries().forEach((key, item) -> sorted.put(keyText(key.resolved()), item));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, YamlValue> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, entry.getKey());
            out.append(':');
            append(out, entry.getValue());
        }
        out.append('}');
    }

    /** A {@code from_secret} map nested inside a map or list setting is plain data to Drone. */
    private static void appendSecretMapping(StringBuilder out, YamlValue.FromSecret secret) {
        out.append("{\"from_secret\":");
        appendString(out, secret.secretName());
        out.append('}');
    }

    private static void appendScalar(StringBuilder out, Object resolved) {
        if (resolved == null) {
            out.append("null");
        } else if (resolved instanceof Double d) {
            out.append(d.isNaN() || d.isInfinite() ? "null" : GoFloat.formatJson(d));
        } else if (resolved instanceof String text) {
            appendString(out, text);
        } else {
            out.append(resolved);
        }
    }

    /** A map key as Go's {@code fmt.Sprint} prints the YAML 1.1 value it was resolved to. */
    static String keyText(Object resolved) {
        if (resolved == null) {
            return "<nil>";
        }
        return resolved instanceof Double d ? GoFloat.formatG(d) : resolved.toString();
    }

    static void appendString(StringBuilder out, String text) {
        JsonStrings.append(out, text, true);
    }

    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
