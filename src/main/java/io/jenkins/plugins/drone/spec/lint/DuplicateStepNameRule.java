package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Step;
import java.util.HashSet;
import java.util.Set;

/** Runner resource-parser rule: two entries of {@code steps} share a name (Drone's capital-L message). */
public final class DuplicateStepNameRule implements PipelineRule {

    @Override
    public void check(LintContext ctx) {
        Set<String> seen = new HashSet<>();
        for (Step step : ctx.pipeline().steps()) {
            if (!step.name().isEmpty() && !seen.add(step.name())) {
                ctx.error(step.at("name"), "Linter: duplicate step name");
            }
        }
    }
}
