package io.jenkins.plugins.drone.spec;

/** A step's {@code volumes} or {@code devices} entry: mount pipeline volume {@code name} at {@code path}. */
public record VolumeMount(String name, String path, Position position) {}
