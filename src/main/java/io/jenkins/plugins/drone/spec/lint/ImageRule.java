package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Step;
import java.util.Set;

/** Runner linter rule 3: every step and service needs an image. */
public final class ImageRule implements StepRule {

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        if (step.image().isBlank()) {
            ctx.error(step.at("image"), "linter: invalid or missing image");
        }
    }
}
