package io.jenkins.plugins.drone.engine;

import java.util.Map;

/** Resolves {@code from_secret} names to values at run time (Jenkins credentials, CLI {@code --secret}). */
@FunctionalInterface
public interface SecretSource {

    /** No secrets: every {@code from_secret} variable ends empty and is dropped. */
    SecretSource NONE = name -> null;

    /** The value of secret {@code name}, or null when unknown. */
    String resolve(String name);

    /** Looks names up case-insensitively in a map, as Drone compares secret names. */
    static SecretSource of(Map<String, String> values) {
        return name -> values.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
