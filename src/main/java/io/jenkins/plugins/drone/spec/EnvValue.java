package io.jenkins.plugins.drone.spec;

/**
 * The value of one environment variable: the scalar's source text (docs/drone-semantics.md#environment), or a secret
 * reference.
 */
public sealed interface EnvValue {

    Position position();

    /** {@code NAME: text}: the text exactly as written ({@code 1.10}, {@code yes} and {@code 007} stay so). */
    record Plain(String text, Position position) implements EnvValue {}

    /** {@code NAME: {from_secret: secret}}: resolved at run time and masked in logs. */
    record Secret(String secret, Position position) implements EnvValue {}
}
