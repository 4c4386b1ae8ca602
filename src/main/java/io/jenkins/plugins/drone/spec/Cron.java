package io.jenkins.plugins.drone.spec;

/** drone-yaml's {@code kind: cron} document; parsed for completeness, not used to schedule anything. */
public record Cron(String kind, String version, String name, String schedule, String branch, String target, Position position)
        implements Resource {}
