package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.Pipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    private static void collect(Pipeline pipeline, List<Pipeline> pipelines, List<Boolean> runs,
            Map<String, Integer> index, Set<String> into, Set<String> seen) {
        for (Name dependency : pipeline.dependsOn()) {
            Integer d = index.get(dependency.value());
            if (d == null || !seen.add(dependency.value())) {
                continue;
            }
            if (runs.get(d)) {
                into.add(dependency.value());
            } else {
                collect(pipelines.get(d), pipelines, runs, index, into, seen);
            }
        }
    }

    private static void validate(List<Pipeline> pipelines, Map<String, Integer> index, List<Diagnostic> problems) {
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
                } else if (reaches(pipelines, index, d, i, new HashSet<>())) {
                    problems.add(Diagnostic.error(dependency.position(), "pipeline \"" + pipeline.effectiveName()
                            + "\": dependency cycle through \"" + dependency.value() + "\""));
                }
            }
        }
    }

    /** True when pipeline {@code from} depends, directly or not, on pipeline {@code to}. */
    private static boolean reaches(List<Pipeline> pipelines, Map<String, Integer> index, int from, int to,
            Set<Integer> seen) {
        if (!seen.add(from)) {
            return false;
        }
        for (Name dependency : pipelines.get(from).dependsOn()) {
            Integer d = index.get(dependency.value());
            if (d != null && (d == to || reaches(pipelines, index, d, to, seen))) {
                return true;
            }
        }
        return false;
    }
}
