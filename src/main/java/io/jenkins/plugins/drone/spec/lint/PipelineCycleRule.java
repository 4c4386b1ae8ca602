package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.Pipeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Server check: pipelines' {@code depends_on} must not form a cycle (self-references are the dependency rule's). */
public final class PipelineCycleRule implements PipelineRule {

    @Override
    public void check(LintContext ctx) {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (Pipeline p : ctx.manifest().pipelines()) {
            graph.putIfAbsent(p.effectiveName(), p.dependsOn().stream().map(Name::value)
                    .filter(d -> !d.equals(p.effectiveName())).toList());
        }
        String cycle = Cycles.find(graph);
        if (cycle != null && cycle.startsWith(ctx.pipeline().effectiveName() + " ->")
                && ctx.manifest().pipelines().indexOf(ctx.pipeline()) == firstIn(cycle, ctx)) {
            ctx.error(ctx.pipeline().at("depends_on"), "Error: Dependency cycle detected in Pipeline (" + cycle + ")");
        }
    }

    private static int firstIn(String cycle, LintContext ctx) {
        String name = cycle.substring(0, cycle.indexOf(" ->"));
        List<Pipeline> all = ctx.manifest().pipelines();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).effectiveName().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
