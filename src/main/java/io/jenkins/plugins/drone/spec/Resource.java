package io.jenkins.plugins.drone.spec;

/** One parsed YAML document of a {@code .drone.yml}, by {@code kind} (docs/drone-semantics.md#resource-kinds). */
public sealed interface Resource permits Pipeline, Secret, Signature, Registry, Cron {

    /** The {@code kind:} as written. */
    String kind();

    Position position();
}
