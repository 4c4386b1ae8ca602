package io.jenkins.plugins.drone.freestyle;

import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a {@link PipelineDraft} as a {@code .drone.yml} in the layout of Drone's formatter (§17): {@code ---},
 * key order {@code kind, type, name}, a blank line between sections and between steps, maps sorted by key, and
 * {@code ...} at the end. The comments go right after {@code ---}: a comment-only first document would break
 * Drone's server parser (§2.1). Pipeline {@code environment} (docker runner only) goes where the spec
 * package's printer puts it: after the steps, before {@code node}.
 */
final class DroneYamlWriter {

    private final StringBuilder out = new StringBuilder();

    private DroneYamlWriter() {}

    static String write(PipelineDraft pipeline) {
        return new DroneYamlWriter().pipeline(pipeline).out.toString();
    }

    private DroneYamlWriter pipeline(PipelineDraft pipeline) {
        out.append("---\n");
        pipeline.comments().forEach(comment -> out.append("# ").append(comment.replaceAll("[\\s\\p{Cc}\\u2028\\u2029]+", " ")).append('\n'));
        out.append("kind: pipeline\ntype: docker\nname: ").append(YamlScalars.render(pipeline.name(), 0)).append('\n');
        out.append(pipeline.steps().isEmpty() ? "\nsteps: []\n" : "\nsteps:\n");
        String separator = "";
        for (StepDraft step : pipeline.steps()) {
            out.append(separator);
            step(step);
            separator = "\n";
        }
        section("environment", pipeline.environment());
        section("node", pipeline.node());
        out.append("\n...\n");
        return this;
    }

    private void step(StepDraft step) {
        out.append("- name: ").append(YamlScalars.render(step.name(), 2)).append('\n');
        out.append("  image: ").append(YamlScalars.render(step.image(), 2)).append('\n');
        out.append("  commands:\n");
        step.commands().forEach(command -> out.append("  - ").append(YamlScalars.render(command, 4)).append('\n'));
        if (!step.environment().isEmpty()) {
            out.append("  environment:\n");
            entries(step.environment(), 4);
        }
    }

    private void section(String key, Map<String, String> map) {
        if (!map.isEmpty()) {
            out.append('\n').append(key).append(":\n");
            entries(map, 2);
        }
    }

    private void entries(Map<String, String> map, int indent) {
        new TreeMap<>(map).forEach((name, value) -> out.append(" ".repeat(indent))
                .append(YamlScalars.render(name, indent)).append(": ")
                .append(YamlScalars.render(value, indent + 2)).append('\n'));
    }
}
