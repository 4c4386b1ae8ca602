package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.util.LinkedHashMap;
import java.util.Map;

/** Resolves, once per run, every secret a pipeline names (step variables and image pull secrets). */
final class ResolvedSecrets {

    private ResolvedSecrets() {}

    /** Secret name to value, for the names the source knows. */
    static Map<String, String> of(PipelinePlan pipeline, SecretSource source) {
        Map<String, String> values = new LinkedHashMap<>();
        pipeline.steps().forEach(step -> step.process().secretEnvironment().values()
                .forEach(name -> put(values, name, source)));
        pipeline.imagePullSecrets().forEach(name -> put(values, name, source));
        return values;
    }

    private static void put(Map<String, String> values, String name, SecretSource source) {
        if (!values.containsKey(name)) {
            String value = source.resolve(name);
            if (value != null) {
                values.put(name, value);
            }
        }
    }
}
