package io.jenkins.plugins.drone.spec;

/** A {@code kind: secret} document: encrypted {@code data}, or {@code get: {path, name, key}} of an external secret. */
public record Secret(String kind, String name, String data, Get get, Position position) implements Resource {

    /** Where an external secret lives; empty strings when absent. */
    public record Get(String path, String name, String key) {}
}
