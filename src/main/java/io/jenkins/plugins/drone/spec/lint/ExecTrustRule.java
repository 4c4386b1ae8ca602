package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Pipeline;

/**
 * An exec pipeline (docs/pipelines.md#exec-pipelines) runs its commands on the agent itself, outside any container,
 * so only a trusted job may run one.
 */
public final class ExecTrustRule implements PipelineRule {

    @Override
    public void check(LintContext ctx) {
        Pipeline p = ctx.pipeline();
        if (Pipeline.runsOnHost(p.type()) && !ctx.trusted()) {
            ctx.error(p.at("type"), Trust.UNTRUSTED + "cannot run exec pipelines, which run on the agent's host" + Trust.HINT);
        }
    }
}
