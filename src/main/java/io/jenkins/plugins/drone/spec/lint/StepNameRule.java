package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Step;

/** Runner resource-parser rules over {@code steps}: a name is required, at most 100 characters. */
public final class StepNameRule implements PipelineRule {

    private static final int MAX = 100;

    @Override
    public void check(LintContext ctx) {
        for (Step step : ctx.pipeline().steps()) {
            if (step.name().isEmpty()) {
                ctx.error(step.position(), "Linter: invalid or missing step name");
            } else if (step.name().length() > MAX) {
                ctx.error(step.at("name"), "Linter: step name cannot exceed 100 characters");
            }
        }
    }
}
