package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Name;

/**
 * Server rule 2 (docs/drone-semantics.md#server-lint-rules): {@code depends_on} names an earlier pipeline, never the
 * pipeline itself.
 */
public final class PipelineDependencyRule implements PipelineRule {

    @Override
    public void check(LintContext ctx) {
        String self = ctx.pipeline().effectiveName();
        for (Name dep : ctx.pipeline().dependsOn()) {
            if (dep.value().equals(self)) {
                ctx.error(dep.position(), "linter: pipeline cannot have a dependency on itself");
            } else if (!ctx.index().declaredBefore(dep.value(), ctx.pipeline())) {
                ctx.error(dep.position(), "linter: invalid or unknown pipeline dependency" + hint(ctx, dep.value()));
            }
        }
    }

    private static String hint(LintContext ctx, String dep) {
        return ctx.index().declared(dep) ? " (`" + dep + "` is declared later; a pipeline can only depend on earlier ones)"
                : " (no pipeline is named `" + dep + "`)";
    }
}
