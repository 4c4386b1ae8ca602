package io.jenkins.plugins.drone.freestyle;

import io.jenkins.plugins.drone.spec.print.ManifestPrinter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The converted pipeline, plus the comment lines that head the file (what was not converted). */
record PipelineDraft(
        String name,
        List<String> comments,
        Map<String, String> environment,
        List<StepDraft> steps,
        Map<String, String> node) {

    PipelineDraft {
        comments = List.copyOf(comments);
        environment = new LinkedHashMap<>(environment);
        steps = List.copyOf(steps);
        node = new LinkedHashMap<>(node);
    }

    /**
     * The {@code .drone.yml}, printed by the spec package's printer in Drone's formatter layout (docs/drone-semantics.md#formatter), with
     * maps sorted by key. Pipeline {@code environment} (docker runner only) goes where that printer puts it:
     * after the steps, before {@code node}.
     */
    String yaml() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("kind", "pipeline");
        header.put("type", "docker");
        header.put("name", name);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("steps", steps.stream().map(PipelineDraft::step).toList());
        if (!environment.isEmpty()) {
            sections.put("environment", new TreeMap<>(environment));
        }
        if (!node.isEmpty()) {
            sections.put("node", new TreeMap<>(node));
        }
        return ManifestPrinter.generated(comments, header, sections);
    }

    private static Map<String, Object> step(StepDraft step) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", step.name());
        tree.put("image", step.image());
        tree.put("commands", step.commands());
        if (!step.environment().isEmpty()) {
            tree.put("environment", new TreeMap<>(step.environment()));
        }
        return tree;
    }
}
