package io.jenkins.plugins.drone.spec;

/** {@code concurrency: {limit}}: how many stages of this name may run at once; 0 means unlimited. */
public record Concurrency(int limit, Position position) {}
