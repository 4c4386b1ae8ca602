package io.jenkins.plugins.drone.spec;

/** {@code workspace: {base, path}} as written; empty strings when absent (§10.1 defaults are the planner's job). */
public record Workspace(String base, String path, Position position) {}
