package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.Step;
import java.util.Set;

/** Runner linter rule 12: {@code depends_on} names clone, a service or an earlier step, never the step itself. */
public final class StepDependencyRule implements StepRule {

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        for (Name dep : step.dependsOn()) {
            if (dep.value().equals(step.name())) {
                ctx.error(dep.position(), "linter: cyclical step dependency detected: " + dep.value());
            } else if (!earlier.contains(dep.value())) {
                ctx.error(dep.position(), "linter: unknown step dependency detected: " + step.name() + " references "
                        + dep.value() + hint(ctx, dep.value()));
            }
        }
    }

    private static String hint(LintContext ctx, String dep) {
        boolean later = ctx.pipeline().steps().stream().anyMatch(s -> s.name().equals(dep));
        return later ? " (`" + dep + "` is declared later; a step can only depend on earlier steps)" : "";
    }
}
