package io.jenkins.plugins.drone.spec;

/** {@code clone: {disable, depth, retries, skip_verify, trace}}; zero values when absent. */
public record Clone(boolean disable, int depth, int retries, boolean skipVerify, boolean trace, Position position) {}
