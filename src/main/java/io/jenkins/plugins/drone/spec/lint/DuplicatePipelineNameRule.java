package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Pipeline;

/**
 * Server rule 1 (docs/drone-semantics.md#server-lint-rules): pipeline names are unique in a file (an empty name
 * counts as {@code default}).
 */
public final class DuplicatePipelineNameRule implements PipelineRule {

    @Override
    public void check(LintContext ctx) {
        String name = ctx.pipeline().effectiveName();
        if (ctx.earlierPipelines().stream().map(Pipeline::effectiveName).anyMatch(name::equals)) {
            ctx.error(ctx.pipeline().at("name"), "linter: duplicate pipeline names");
        }
    }
}
