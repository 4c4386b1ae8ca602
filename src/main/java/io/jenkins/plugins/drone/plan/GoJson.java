package io.jenkins.plugins.drone.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.drone.spec.GoFloat;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compact JSON of an untyped YAML value as Go's {@code encoding/json} writes it after Drone's YAML round trip:
 * keys sorted by code point, no spaces, {@code < > &} escaped, Go's float rule
 * (docs/drone-semantics.md#settings-encoding); Jackson writes it.
 */
final class GoJson {

    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new JsonEscapes(true));

    private GoJson() {
    }

    static String write(YamlValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            append(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void append(JsonGenerator json, YamlValue value) throws IOException {
        if (value instanceof YamlValue.Scalar scalar) {
            appendScalar(json, scalar.resolved());
        } else if (value instanceof YamlValue.Sequence sequence) {
            json.writeStartArray();
            for (YamlValue item : sequence.items()) {
                append(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof YamlValue.Mapping mapping) {
            appendMapping(json, mapping);
        } else {
            appendSecretMapping(json, (YamlValue.FromSecret) value);
        }
    }

    private static void appendMapping(JsonGenerator json, YamlValue.Mapping mapping) throws IOException {
        Map<String, YamlValue> sorted = new TreeMap<>(GoJson::compareCodePoints);
        mapping.entries().forEach((key, item) -> sorted.put(keyText(key.resolved()), item));
        json.writeStartObject();
        for (Map.Entry<String, YamlValue> entry : sorted.entrySet()) {
            json.writeFieldName(entry.getKey());
            append(json, entry.getValue());
        }
        json.writeEndObject();
    }

    /** A {@code from_secret} map nested inside a map or list setting is plain data to Drone. */
    private static void appendSecretMapping(JsonGenerator json, YamlValue.FromSecret secret) throws IOException {
        json.writeStartObject();
        json.writeStringField("from_secret", secret.secretName());
        json.writeEndObject();
    }

    private static void appendScalar(JsonGenerator json, Object resolved) throws IOException {
        if (resolved == null) {
            json.writeNull();
        } else if (resolved instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                json.writeNull();
            } else {
                json.writeNumber(GoFloat.formatJson(d));
            }
        } else if (resolved instanceof String text) {
            json.writeString(text);
        } else if (resolved instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeNumber(resolved.toString());
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
