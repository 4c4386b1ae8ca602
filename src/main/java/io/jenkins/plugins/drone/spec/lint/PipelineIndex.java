package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.Pipeline;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts about a file's pipelines that the per-pipeline server rules share, computed once per lint so that
 * linting stays linear in the number of documents: file positions, the first pipeline of each name, and the
 * first {@code depends_on} cycle.
 */
final class PipelineIndex {

    private final List<Pipeline> pipelines;
    private final Map<Pipeline, Integer> positions = new IdentityHashMap<>();
    private final Map<String, Integer> firstByName = new HashMap<>();
    private final String cycle;

    PipelineIndex(List<Pipeline> pipelines) {
        this.pipelines = pipelines;
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (int i = 0; i < pipelines.size(); i++) {
            Pipeline p = pipelines.get(i);
            positions.put(p, i);
            firstByName.putIfAbsent(p.effectiveName(), i);
            graph.putIfAbsent(p.effectiveName(), p.dependsOn().stream().map(Name::value)
                    .filter(d -> !d.equals(p.effectiveName())).toList());
        }
        cycle = Cycles.find(graph);
    }

    List<Pipeline> pipelines() {
        return pipelines;
    }

    /** Whether a pipeline named {@code name} is declared before {@code pipeline}. */
    boolean declaredBefore(String name, Pipeline pipeline) {
        Integer first = firstByName.get(name);
        return first != null && first < positions.get(pipeline);
    }

    boolean declared(String name) {
        return firstByName.containsKey(name);
    }

    /** The file position of the first pipeline named {@code name}, or -1. */
    int firstIndexOf(String name) {
        return firstByName.getOrDefault(name, -1);
    }

    int indexOf(Pipeline pipeline) {
        return positions.get(pipeline);
    }

    /** The first dependency cycle as {@code a -> b -> a}, or null. */
    String cycle() {
        return cycle;
    }
}
