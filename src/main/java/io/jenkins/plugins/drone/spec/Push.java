package io.jenkins.plugins.drone.spec;

/** drone-yaml's {@code push:} short form ({@code push: image} or {@code push: {image}}); ignored by the docker runner. */
public record Push(String image, Position position) {}
