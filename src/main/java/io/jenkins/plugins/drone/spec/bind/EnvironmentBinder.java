package io.jenkins.plugins.drone.spec.bind;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.EnvValue;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code environment} maps (docs/drone-semantics.md#environment): source text, {@code {from_secret}}, {@code
 * {value}}; null entries unset.
 */
public final class EnvironmentBinder {

    private EnvironmentBinder() {}

    /** {@code secretsAllowed} is false for pipeline environments, where Drone rejects {@code from_secret}. */
    public static Map<String, EnvValue> bind(YamlValue value, String what, boolean secretsAllowed, List<Diagnostic> problems) {
        Map<String, EnvValue> env = new LinkedHashMap<>();
        if (value == null || Fields.isNull(value)) {
            return env;
        }
        if (!(value instanceof YamlValue.Mapping map)) {
            problems.add(Diagnostic.error(value.position(), what + " must be a map of NAME: value, not " + Fields.shape(value)));
            return env;
        }
        map.entries().forEach((key, v) -> {
            EnvValue read = variable(key.text(), v, what, secretsAllowed, problems);
            if (read != null) {
                env.put(key.text(), read);
            }
        });
        return env;
    }

    private static EnvValue variable(String name, YamlValue v, String what, boolean secretsAllowed, List<Diagnostic> problems) {
        if (v instanceof YamlValue.Scalar s) {
            return s.isNull() ? null : new EnvValue.Plain(s.text(), s.position());
        }
        if (v instanceof YamlValue.Mapping m && m.entries().size() == 1) {
            if (m.get("from_secret") instanceof YamlValue.Scalar secret && !secret.isNull()) {
                if (secretsAllowed) {
                    return new EnvValue.Secret(secret.text(), m.position());
                }
                problems.add(Diagnostic.error(m.position(), "`from_secret` is not allowed in " + what
                        + " (set it in each step's environment instead)"));
                return null;
            }
            if (m.get("value") instanceof YamlValue.Scalar text) {
                return new EnvValue.Plain(text.isNull() ? "" : text.text(), text.position());
            }
        }
        problems.add(Diagnostic.error(v.position(), "variable `" + name + "` in " + what
                + " must be a text or `{from_secret: name}`, not " + Fields.shape(v)));
        return null;
    }
}
