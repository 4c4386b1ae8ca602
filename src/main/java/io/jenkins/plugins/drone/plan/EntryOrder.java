package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effective predecessors of each entry of a pipeline (docs/drone-semantics.md#serial-and-graph): a serial
 * pipeline chains every entry to the one before; a graph (any {@code depends_on}) roots entries without dependencies
 * at {@code clone}, or starts them at once when clone is disabled. Unknown dependencies and cycles are errors.
 */
final class EntryOrder {

    /**
     * An entry as declared: its name, what it says it depends on, where it was written, and its serial stage key:
     * consecutive entries with the same non-null key run in parallel (native 0.8 {@code group}); null = own stage.
     */
    record Declared(String name, List<Name> dependsOn, Position position, String stageKey) {}

    private static final String CLONE = "clone";

    private EntryOrder() {
    }

    /** One list of predecessor names per entry, in entry order; {@code builtInClone}: entry 0 is the built-in clone. */
    static List<List<String>> resolve(List<Declared> entries, boolean builtInClone, List<Diagnostic> problems) {
        boolean graph = entries.stream().anyMatch(e -> !e.dependsOn().isEmpty());
        if (!graph) {
            return serial(entries);
        }
        Set<String> known = new HashSet<>();
        entries.forEach(e -> known.add(e.name()));
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (builtInClone && i == 0) {
                result.add(List.of());
            } else {
                result.add(graphPredecessors(known, entries.get(i), builtInClone, problems));
            }
        }
        reportCycle(entries, result, problems);
        return result;
    }

    /** Each entry depends on the whole stage before it; a stage is one entry, or a run of equal stage keys. */
    private static List<List<String>> serial(List<Declared> entries) {
        List<List<String>> result = new ArrayList<>();
        List<String> previousStage = List.of();
        List<String> currentStage = new ArrayList<>();
        String currentKey = null;
        for (Declared entry : entries) {
            if (entry.stageKey() == null || !entry.stageKey().equals(currentKey)) {
                previousStage = List.copyOf(currentStage);
                currentStage = new ArrayList<>();
                currentKey = entry.stageKey();
            }
            result.add(previousStage);
            currentStage.add(entry.name());
        }
        return result;
    }

    /** {@code known}: the names of every entry of the pipeline. */
    private static List<String> graphPredecessors(Set<String> known, Declared entry, boolean builtInClone,
            List<Diagnostic> problems) {
        List<String> declared = entry.dependsOn().stream().map(Name::value).toList();
        if (declared.isEmpty()) {
            return builtInClone ? List.of(CLONE) : List.of();
        }
        if (!builtInClone && declared.equals(List.of(CLONE)) && !known.contains(CLONE)) {
            return List.of();
        }
        for (Name dependency : entry.dependsOn()) {
            if (dependency.value().equals(entry.name())) {
                problems.add(Diagnostic.error(dependency.position(),
                        "step \"" + entry.name() + "\" cannot depend on itself"));
            } else if (!known.contains(dependency.value())) {
                problems.add(Diagnostic.error(dependency.position(), "step \"" + entry.name()
                        + "\" depends on unknown step \"" + dependency.value() + "\""));
            }
        }
        return declared;
    }

    private static void reportCycle(List<Declared> entries, List<List<String>> predecessors, List<Diagnostic> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            index.putIfAbsent(entries.get(i).name(), i);
        }
        int[] state = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            List<String> path = new ArrayList<>();
            if (state[i] == 0 && findCycle(i, entries, predecessors, index, state, path)) {
                Declared start = entries.get(index.get(path.get(0)));
                problems.add(Diagnostic.error(start.position(), "dependency cycle: " + String.join(" -> ", path)));
                return;
            }
        }
    }

    /** Depth-first search; state 1 = on the current path, 2 = done. Fills {@code path} with the cycle found. */
    private static boolean findCycle(int node, List<Declared> entries, List<List<String>> predecessors,
            Map<String, Integer> index, int[] state, List<String> path) {
        state[node] = 1;
        path.add(entries.get(node).name());
        for (String dependency : predecessors.get(node)) {
            Integer next = index.get(dependency);
            if (next == null || next == node || state[next] == 2) {
                continue;
            }
            if (state[next] == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(dependency), path.size()));
                cycle.add(dependency);
                path.clear();
                path.addAll(cycle);
                return true;
            }
            if (findCycle(next, entries, predecessors, index, state, path)) {
                return true;
            }
        }
        state[node] = 2;
        path.remove(path.size() - 1);
        return false;
    }
}
