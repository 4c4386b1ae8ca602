package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Step;
import java.util.Set;

/**
 * Runner linter rule 2: an entry reuses the name of the clone step, of a service, or (for services) of an
 * earlier service. Clashes between two {@code steps} are {@link DuplicateStepNameRule}'s, not reported twice.
 */
public final class DuplicateEntryNameRule implements StepRule {

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        if (step.name().isEmpty() || !earlier.contains(step.name())) {
            return;
        }
        boolean isService = ctx.pipeline().services().contains(step);
        boolean clashesWithClone = step.name().equals("clone") && !ctx.pipeline().cloning().disable();
        boolean clashesWithService = ctx.pipeline().services().stream().anyMatch(s -> s.name().equals(step.name()));
        if (isService || clashesWithClone || clashesWithService) {
            String which = clashesWithClone ? "the clone step; set `clone: {disable: true}` to use it" : "a service";
            ctx.error(step.at("name"), "linter: duplicate step names (`" + step.name() + "` is already " + which + ")");
        }
    }
}
