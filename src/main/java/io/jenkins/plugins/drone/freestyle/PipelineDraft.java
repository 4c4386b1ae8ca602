package io.jenkins.plugins.drone.freestyle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
}
