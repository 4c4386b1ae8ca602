package io.jenkins.plugins.drone.plan;

import java.util.List;

/**
 * What one build runs: every pipeline of the file, in file order, each with its steps. Produced by the
 * planner from the spec model and a {@link BuildContext}; executed by the engine; printed as JSON by
 * {@code drone-pipeline plan} (field names are a public contract, see docs/architecture.md#plan-json).
 */
public record Plan(List<PipelinePlan> pipelines) {
    public Plan {
        pipelines = List.copyOf(pipelines);
    }

    /** The pipeline with this name, or null. */
    public PipelinePlan pipeline(String name) {
        return pipelines.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
