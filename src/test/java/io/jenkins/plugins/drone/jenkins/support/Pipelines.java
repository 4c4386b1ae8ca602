package io.jenkins.plugins.drone.jenkins.support;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Pipeline files the Jenkins tests build: one pipeline whose one step prints what the test looks for. */
public final class Pipelines {

    private Pipelines() {}

    /**
     * A pipeline {@code default} without clone whose step {@code show} runs {@code commands} in the busybox test
     * image; each command is one YAML list item (quote it as YAML needs).
     */
    public static String showing(String... commands) {
        return """
                kind: pipeline
                name: default
                clone:
                  disable: true
                steps:
                - name: show
                  image: drone-pipeline/busybox:test
                  commands:
                """ + Stream.of(commands).map(command -> "  - " + command + "\n").collect(Collectors.joining());
    }
}
