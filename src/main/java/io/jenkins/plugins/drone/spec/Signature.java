package io.jenkins.plugins.drone.spec;

/** A {@code kind: signature} document: the hex HMAC of the other documents (docs/drone-semantics.md#signatures). */
public record Signature(String kind, String hmac, Position position) implements Resource {}
