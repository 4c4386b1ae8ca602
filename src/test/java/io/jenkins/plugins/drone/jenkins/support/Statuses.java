package io.jenkins.plugins.drone.jenkins.support;

import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pipeline and step statuses as one line, so an IT compares them all at once and a failure shows every
 * status: {@code build: failure[clone success, test failure] | deploy: skipped[push skipped]}.
 */
public final class Statuses {

    private Statuses() {}

    /** Every pipeline with all its steps, joined with {@code " | "}. */
    public static String of(List<PipelineRecord> pipelines) {
        return pipelines.stream()
                .map(p -> p.getName() + ": " + p.getStatus() + "[" + render(p.getSteps().stream()) + "]")
                .collect(Collectors.joining(" | "));
    }

    /** {@code name: status}, followed by {@code [step status, ...]} for the named steps if any are named. */
    public static String of(PipelineRecord pipeline, String... stepNames) {
        return pipeline.getName() + ": " + pipeline.getStatus()
                + (stepNames.length == 0 ? "" : "[" + steps(pipeline, stepNames) + "]");
    }

    /** {@code step status, ...} for the named steps of {@code pipeline}. */
    public static String steps(PipelineRecord pipeline, String... stepNames) {
        return render(Stream.of(stepNames).map(name -> {
            StepRecord step = pipeline.step(name);
            if (step == null) {
                throw new AssertionError(pipeline.getName() + " has no step " + name);
            }
            return step;
        }));
    }

    private static String render(Stream<StepRecord> steps) {
        return steps.map(s -> s.getName() + " " + s.getStatus()).collect(Collectors.joining(", "));
    }
}
