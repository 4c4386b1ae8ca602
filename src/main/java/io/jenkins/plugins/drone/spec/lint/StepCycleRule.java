package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Steps' and services' {@code depends_on} must not form a cycle (longer than a self-reference). */
public final class StepCycleRule implements PipelineRule {

    @Override
    public void check(LintContext ctx) {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        Stream.concat(ctx.pipeline().services().stream(), ctx.pipeline().steps().stream())
                .forEach(s -> graph.putIfAbsent(s.name(), s.dependsOn().stream().map(Name::value)
                        .filter(d -> !d.equals(s.name())).toList()));
        String cycle = Cycles.find(graph);
        if (cycle != null) {
            String first = cycle.substring(0, cycle.indexOf(" ->"));
            Step step = Stream.concat(ctx.pipeline().services().stream(), ctx.pipeline().steps().stream())
                    .filter(s -> s.name().equals(first)).findFirst().orElseThrow();
            ctx.error(step.at("depends_on"), "linter: cyclical step dependency detected: " + cycle);
        }
    }
}
