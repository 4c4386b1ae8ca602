package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Step;
import java.util.Set;

/**
 * A {@code healthcheck} is only waited for on a service or detached step (docs/drone-semantics.md#service-readiness):
 * on a step that runs to its end it is a warning.
 */
final class HealthCheckRule implements StepRule {

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        boolean service = ctx.pipeline().services().stream().anyMatch(s -> s == step);
        if (step.healthcheck() != null && !step.detach() && !service) {
            ctx.report(Diagnostic.warning(step.at("healthcheck"), "step `" + step.name()
                    + "`: `healthcheck` is only waited for on a service or a detached step; ignored here"));
        }
    }
}
