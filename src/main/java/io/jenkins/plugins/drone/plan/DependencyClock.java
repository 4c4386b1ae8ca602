package io.jenkins.plugins.drone.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Walks a dependency graph in simulated time: a node becomes ready when all its dependencies have returned,
 * nodes ready at the same moment are visited in declaration order, and each visit says how long the node takes
 * (0 for skipped or detached, 1 for a node that runs). Both outcome predictors use it, so that "what had failed
 * when this node became ready" is answered the way Drone's scheduler answers it
 * (docs/drone-semantics.md#serial-and-graph, docs/drone-semantics.md#several-pipelines).
 */
final class DependencyClock {

    /** Decides a node's fate at {@code readyTime}; returns its duration (0 or 1). */
    interface Visitor {
        int visit(int index, int readyTime);
    }

    private DependencyClock() {
    }

    /**
     * Visits every node reachable through {@code dependsOn} (names of other nodes; unknown names are ignored).
     * Returns the indexes never visited (part of a cycle).
     */
    static List<Integer> walk(List<String> names, List<List<String>> dependsOn, Visitor visitor) {
        int n = names.size();
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexByName.putIfAbsent(names.get(i), i);
        }
        int[] waitingFor = new int[n];
        int[] readyTime = new int[n];
        List<List<Integer>> dependants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dependants.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (String dependency : dependsOn.get(i)) {
                Integer d = indexByName.get(dependency);
                if (d != null && d != i) {
                    waitingFor[i]++;
                    dependants.get(d).add(i);
                }
            }
        }
        PriorityQueue<int[]> ready = new PriorityQueue<>(
                Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
        for (int i = 0; i < n; i++) {
            if (waitingFor[i] == 0) {
                ready.add(new int[] {0, i});
            }
        }
        boolean[] visited = new boolean[n];
        while (!ready.isEmpty()) {
            int[] next = ready.poll();
            int index = next[1];
            visited[index] = true;
            int finished = next[0] + visitor.visit(index, next[0]);
            for (int dependant : dependants.get(index)) {
                readyTime[dependant] = Math.max(readyTime[dependant], finished);
                if (--waitingFor[dependant] == 0) {
                    ready.add(new int[] {readyTime[dependant], dependant});
                }
            }
        }
        List<Integer> unvisited = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!visited[i]) {
                unvisited.add(i);
            }
        }
        return unvisited;
    }
}
