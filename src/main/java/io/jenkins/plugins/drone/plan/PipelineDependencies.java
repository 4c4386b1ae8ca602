package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.Pipeline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pipeline {@code depends_on} after Drone's rewrite (docs/drone-semantics.md#several-pipelines): a dependency on a
 * pipeline that does not run is replaced by that pipeline's own dependencies, recursively. Unknown names,
 * self-dependencies and cycles are errors.
 */
final class PipelineDependencies {

    private PipelineDependencies() {
    }

    /** The rewritten dependencies of every pipeline, in file order; {@code runs.get(i)} says whether pipeline i runs. */
    static List<List<String>> rewrite(List<Pipeline> pipelines, List<Boolean> runs, List<Diagnostic> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < pipelines.size(); i++) {
            index.putIfAbsent(pipelines.get(i).effectiveName(), i);
        }
        validate(pipelines, index, problems);
        List<List<String>> result = new ArrayList<>();
        for (Pipeline pipeline : pipelines) {
            Set<String> effective = new LinkedHashSet<>();
            collect(pipeline, pipelines, runs, index, effective, new HashSet<>());
            result.add(List.copyOf(effective));
        }
        return result;
    }

    /** Drone's rewrite for one pipeline, depth first in declaration order, without recursion. */
    private static void collect(Pipeline pipeline, List<Pipeline> pipelines, List<Boolean> runs,
            Map<String, Integer> index, Set<String> into, Set<String> seen) {
        Deque<Iterator<Name>> pending = new ArrayDeque<>();
        pending.push(pipeline.dependsOn().iterator());
        while (!pending.isEmpty()) {
            if (!pending.peek().hasNext()) {
                pending.pop();
                continue;
            }
            Name dependency = pending.peek().next();
            Integer d = index.get(dependency.value());
            if (d == null || !seen.add(dependency.value())) {
                continue;
            }
            if (runs.get(d)) {
                into.add(dependency.value());
            } else {
                pending.push(pipelines.get(d).dependsOn().iterator());
            }
        }
    }

    private static void validate(List<Pipeline> pipelines, Map<String, Integer> index, List<Diagnostic> problems) {
        int[] component = components(pipelines, index);
        for (int i = 0; i < pipelines.size(); i++) {
            Pipeline pipeline = pipelines.get(i);
            for (Name dependency : pipeline.dependsOn()) {
                Integer d = index.get(dependency.value());
                if (d == null) {
                    problems.add(Diagnostic.error(dependency.position(), "pipeline \"" + pipeline.effectiveName()
                            + "\" depends on unknown pipeline \"" + dependency.value() + "\""));
                } else if (d == i) {
                    problems.add(Diagnostic.error(dependency.position(),
                            "pipeline \"" + pipeline.effectiveName() + "\" cannot depend on itself"));
                } else if (component[d] == component[i]) {
                    problems.add(Diagnostic.error(dependency.position(), "pipeline \"" + pipeline.effectiveName()
                            + "\": dependency cycle through \"" + dependency.value() + "\""));
                }
            }
        }
    }

    /**
     * The strongly connected component of every pipeline (Tarjan's algorithm, iterative): a dependency lies on a
     * cycle exactly when both ends share one. Linear in pipelines and edges, whatever the depth of the chains.
     */
    private static int[] components(List<Pipeline> pipelines, Map<String, Integer> index) {
        int n = pipelines.size();
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = pipelines.get(i).dependsOn().stream().map(dep -> index.get(dep.value()))
                    .filter(d -> d != null).mapToInt(Integer::intValue).toArray();
        }
        int[] order = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        Deque<Integer> stack = new ArrayDeque<>();
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            Deque<int[]> work = new ArrayDeque<>();
            order[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            work.push(new int[] {root, 0});
            while (!work.isEmpty()) {
                int[] frame = work.peek();
                int v = frame[0];
                if (frame[1] < edges[v].length) {
                    int w = edges[v][frame[1]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        work.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    int parent = work.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
            }
        }
        return component;
    }
}
