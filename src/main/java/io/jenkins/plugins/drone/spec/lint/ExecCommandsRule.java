package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Step;
import java.util.Set;

/** A warning for an exec step without {@code commands}: there is no image to run instead, so the step does nothing. */
public final class ExecCommandsRule implements StepRule {

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        if (step.commands().isEmpty()) {
            ctx.report(Diagnostic.warning(step.position(), "step `" + step.name()
                    + "` has no commands: in an exec pipeline it does nothing"));
        }
    }
}
