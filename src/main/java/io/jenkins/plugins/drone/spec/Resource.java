package io.jenkins.plugins.drone.spec;

/** One parsed YAML document of a {@code .drone.yml}, by {@code kind} (§2.2). */
public sealed interface Resource permits Pipeline, Secret, Signature, Registry, Cron {

    /** The {@code kind:} as written. */
    String kind();

    Position position();
}
