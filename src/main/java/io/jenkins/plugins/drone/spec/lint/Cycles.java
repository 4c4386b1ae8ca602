package io.jenkins.plugins.drone.spec.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds a dependency cycle in a graph of names (edges to unknown names are ignored). */
final class Cycles {

    private Cycles() {}

    /** A cycle as {@code a -> b -> a}, or null; nodes are tried in map order so the answer is stable. */
    static String find(Map<String, List<String>> dependsOn) {
        Set<String> done = new HashSet<>();
        for (String start : dependsOn.keySet()) {
            List<String> path = new ArrayList<>();
            String cycle = visit(start, dependsOn, path, done);
            if (cycle != null) {
                return cycle;
            }
        }
        return null;
    }

    private static String visit(String node, Map<String, List<String>> graph, List<String> path, Set<String> done) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> loop = new ArrayList<>(path.subList(at, path.size()));
            loop.add(node);
            return String.join(" -> ", loop);
        }
        if (done.contains(node) || !graph.containsKey(node)) {
            return null;
        }
        path.add(node);
        for (String next : graph.get(node)) {
            String cycle = visit(next, graph, path, done);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return null;
    }
}
