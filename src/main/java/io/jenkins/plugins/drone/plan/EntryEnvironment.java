package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.EnvValue;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assembles one container's environment in the docker runner's precedence
 * (docs/drone-semantics.md#environment-precedence): pipeline environment, system and repository, build, stage, git
 * and workspace variables, the entry's own environment and settings, then the build, stage and step variables again
 * (an entry cannot override those), secrets last; empty values are removed. Plain values and secret references are
 * kept apart.
 */
final class EntryEnvironment {

    /** What every entry of one pipeline shares. */
    record Shared(Map<String, EnvValue> pipeline, Map<String, String> systemAndRepository,
            Map<String, String> buildAndStage, Map<String, String> gitAndWorkspace) {}

    /** The result: plain variables, and variable name → secret name. */
    record Result(Map<String, String> plain, Map<String, String> secrets) {}

    private EntryEnvironment() {
    }

    static Result of(Shared shared, String stepName, int stepNumber, Map<String, EnvValue> own,
            Map<String, YamlValue> settings, Map<String, String> extra) {
        Map<String, String> plain = new TreeMap<>();
        Map<String, String> secrets = new TreeMap<>();
        addAll(shared.pipeline(), plain, secrets);
        plain.putAll(shared.systemAndRepository());
        plain.putAll(shared.buildAndStage());
        plain.putAll(shared.gitAndWorkspace());
        addAll(own, plain, secrets);
        SettingsEncoder.encode(settings, plain, secrets);
        plain.putAll(extra);
        plain.putAll(shared.buildAndStage());
        plain.put("DRONE_STEP_NAME", stepName);
        plain.put("DRONE_STEP_NUMBER", Integer.toString(stepNumber));
        secrets.keySet().forEach(plain::remove);
        plain.values().removeIf(String::isEmpty);
        secrets.values().removeIf(String::isEmpty);
        return new Result(plain, secrets);
    }

    private static void addAll(Map<String, EnvValue> values, Map<String, String> plain, Map<String, String> secrets) {
        values.forEach((name, value) -> {
            if (value instanceof EnvValue.Secret secret) {
                secrets.put(name, secret.secret());
                plain.remove(name);
            } else {
                plain.put(name, ((EnvValue.Plain) value).text());
                secrets.remove(name);
            }
        });
    }
}
