package io.jenkins.plugins.drone.spec;

/** One {@code tmpfs:} entry: memory mounted at {@code path}, at most {@code sizeBytes} (0 = Docker's default). */
public record Tmpfs(String path, long sizeBytes, Position position) {}
