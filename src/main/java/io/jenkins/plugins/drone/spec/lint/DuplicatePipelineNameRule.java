package io.jenkins.plugins.drone.spec.lint;


/**
 * Server rule 1 (docs/drone-semantics.md#server-lint-rules): pipeline names are unique in a file (an empty name
 * counts as {@code default}).
 */
public final class DuplicatePipelineNameRule implements PipelineRule {

    @Override
    public void check(LintContext ctx) {
        if (ctx.index().declaredBefore(ctx.pipeline().effectiveName(), ctx.pipeline())) {
            ctx.error(ctx.pipeline().at("name"), "linter: duplicate pipeline names");
        }
    }
}
