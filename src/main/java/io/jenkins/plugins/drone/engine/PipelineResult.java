package io.jenkins.plugins.drone.engine;

import java.util.List;

/** How a pipeline run ended: its status and one result per entry, in plan order. */
public record PipelineResult(String pipeline, StepStatus status, long startedMillis, long finishedMillis,
                             List<StepResult> steps) {
    public PipelineResult {
        steps = List.copyOf(steps);
    }

    /** The result of the entry with this name, or null. */
    public StepResult step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** Exit code for a command line: 0 on success, 1 otherwise. */
    public int exitCode() {
        return status == StepStatus.SUCCESS ? 0 : 1;
    }
}
