package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.GoFloat;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns plugin {@code settings} into {@code PLUGIN_*} variables exactly as Drone's docker runner does
 * (docs/drone-semantics.md#settings-encoding): null skipped, {@code from_secret} to a secret reference, scalars in
 * Go's text form, lists of scalars joined with commas, anything nested as compact Go JSON.
 */
final class SettingsEncoder {

    private SettingsEncoder() {
    }

    /** Adds one variable per setting to {@code plain} or, for {@code from_secret}, to {@code secrets}. */
    static void encode(Map<String, YamlValue> settings, Map<String, String> plain, Map<String, String> secrets) {
        settings.forEach((key, value) -> {
            String name = "PLUGIN_" + key.toUpperCase(Locale.ROOT);
            if (value instanceof YamlValue.FromSecret secret) {
                secrets.put(name, secret.secretName());
                plain.remove(name);
            } else if (!isNull(value)) {
                plain.put(name, encode(value));
                secrets.remove(name);
            }
        });
    }

    /** The text of one non-secret setting value. */
    static String encode(YamlValue value) {
        if (value instanceof YamlValue.Scalar scalar) {
            return scalarText(scalar.resolved());
        }
        if (value instanceof YamlValue.Sequence sequence
                && sequence.items().stream().allMatch(item -> item instanceof YamlValue.Scalar)) {
            return sequence.items().stream()
                    .map(item -> listItemText(((YamlValue.Scalar) item).resolved()))
                    .collect(Collectors.joining(","));
        }
        return GoJson.write(value);
    }

    private static boolean isNull(YamlValue value) {
        return value instanceof YamlValue.Scalar scalar && scalar.resolved() == null;
    }

    private static String scalarText(Object resolved) {
        if (resolved instanceof Double d) {
            return GoFloat.formatG(d);
        }
        return resolved == null ? "" : resolved.toString();
    }

    /** A list item after yaml.v2 wrote it out and read it back as a string. */
    private static String listItemText(Object resolved) {
        if (resolved instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.isNaN() ? ".nan" : d > 0 ? ".inf" : "-.inf";
        }
        return scalarText(resolved);
    }
}
