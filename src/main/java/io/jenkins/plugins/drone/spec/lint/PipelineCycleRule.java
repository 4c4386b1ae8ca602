package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Pipeline;

/** Server check: pipelines' {@code depends_on} must not form a cycle (self-references are the dependency rule's). */
public final class PipelineCycleRule implements PipelineRule {

    @Override
    public void check(LintContext ctx) {
        String cycle = ctx.index().cycle();
        if (cycle != null && cycle.startsWith(ctx.pipeline().effectiveName() + " ->")
                && ctx.index().indexOf(ctx.pipeline()) == ctx.index().firstIndexOf(cycle.substring(0, cycle.indexOf(" ->")))) {
            ctx.error(ctx.pipeline().at("depends_on"), "Error: Dependency cycle detected in Pipeline (" + cycle + ")");
        }
    }
}
