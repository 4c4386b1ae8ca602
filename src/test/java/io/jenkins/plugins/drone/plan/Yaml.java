package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link YamlValue}s by hand for unit tests that must not depend on the parser. */
final class Yaml {
    static final Position AT = new Position("test.yml", 1, 1, "settings");

    private Yaml() {
    }

    /** A plain scalar: {@code resolved} as YAML 1.1 would give it, {@code text} as written. */
    static YamlValue.Scalar scalar(String text, Object resolved) {
        return new YamlValue.Scalar(text, resolved, false, AT);
    }

    static YamlValue.Scalar str(String text) {
        return scalar(text, text);
    }

    static YamlValue.Sequence list(YamlValue... items) {
        return new YamlValue.Sequence(List.of(items), AT);
    }

    /** A mapping from alternating keys (Scalar or String) and values. */
    static YamlValue.Mapping map(Object... keysAndValues) {
        Map<YamlValue.Scalar, YamlValue> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object key = keysAndValues[i];
            entries.put(key instanceof YamlValue.Scalar s ? s : str((String) key), (YamlValue) keysAndValues[i + 1]);
        }
        return new YamlValue.Mapping(entries, AT);
    }

    static YamlValue.FromSecret secret(String name) {
        return new YamlValue.FromSecret(name, AT);
    }
}
