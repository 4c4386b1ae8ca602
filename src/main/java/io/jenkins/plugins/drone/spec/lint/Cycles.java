package io.jenkins.plugins.drone.spec.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a dependency cycle in a graph of names (edges to unknown names are ignored), in time linear in the graph
 * and without recursion, so that a chain of 20,000 pipelines neither takes quadratic time nor overflows the stack.
 */
final class Cycles {

    private Cycles() {}

    /** A cycle as {@code a -> b -> a}, or null; nodes are tried in map order so the answer is stable. */
    static String find(Map<String, List<String>> dependsOn) {
        Set<String> done = new HashSet<>();
        for (String start : dependsOn.keySet()) {
            String cycle = walk(start, dependsOn, done);
            if (cycle != null) {
                return cycle;
            }
        }
        return null;
    }

    /** Depth-first from {@code start}: the path with each node's next edge to follow, and where each node sits. */
    private static String walk(String start, Map<String, List<String>> graph, Set<String> done) {
        if (done.contains(start)) {
            return null;
        }
        List<String> path = new ArrayList<>();
        Map<String, Integer> onPath = new HashMap<>();
        Deque<int[]> next = new ArrayDeque<>();
        path.add(start);
        onPath.put(start, 0);
        next.push(new int[] {0});
        while (!path.isEmpty()) {
            String node = path.get(path.size() - 1);
            List<String> edges = graph.get(node);
            int[] edge = next.peek();
            if (edge[0] == edges.size()) {
                path.remove(path.size() - 1);
                onPath.remove(node);
                next.pop();
                done.add(node);
                continue;
            }
            String target = edges.get(edge[0]++);
            Integer at = onPath.get(target);
            if (at != null) {
                List<String> loop = new ArrayList<>(path.subList(at, path.size()));
                loop.add(target);
                return String.join(" -> ", loop);
            }
            if (!done.contains(target) && graph.containsKey(target)) {
                onPath.put(target, path.size());
                path.add(target);
                next.push(new int[] {0});
            }
        }
        return null;
    }
}
