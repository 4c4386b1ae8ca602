package io.jenkins.plugins.drone.spec;

/**
 * {@code workspace: {base, path}} as written; empty strings when absent (the defaults of
 * docs/drone-semantics.md#workspace are the planner's job).
 */
public record Workspace(String base, String path, Position position) {}
