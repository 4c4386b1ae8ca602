package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a container's final environment in the runner's precedence (docs/drone-semantics.md#environment-precedence):
 * engine variables (and the netrc when the job gives it to every step), then the step's planned environment, the script, the live variables of the moment it starts, and
 * the secrets last; empty values are dropped.
 */
final class StepEnvironment {

    private StepEnvironment() {}

    static Map<String, String> of(StepPlan step, RunResources run, Map<String, String> live, RunRequest request) {
        Map<String, String> env = new LinkedHashMap<>(request.stepNetrc());
        env.put("DRONE_DOCKER_NETWORK_ID", run.networkId());
        if (run.workspaceVolume() != null) {
            env.put("DRONE_DOCKER_VOLUME_ID", run.workspaceVolume());
        } else {
            env.put("DRONE_DOCKER_VOLUME_PATH", run.spec().hostWorkspace().toAbsolutePath().toString());
        }
        env.putAll(step.process().environment());
        if (!step.process().commands().isEmpty()) {
            addNetrcFile(env);
            env.put("DRONE_SCRIPT", ShellScript.of(step.process().commands()));
        }
        env.putAll(live);
        step.process().secretEnvironment().forEach((variable, secret) -> {
            String value = request.secrets().get(secret);
            env.put(variable, value == null ? "" : value);
        });
        env.values().removeIf(v -> v == null || v.isEmpty());
        return env;
    }

    /** The script writes {@code ~/.netrc} from {@code DRONE_NETRC_FILE}; compose it when only the parts are given. */
    private static void addNetrcFile(Map<String, String> env) {
        String machine = env.get("DRONE_NETRC_MACHINE");
        if (machine == null || machine.isEmpty() || env.containsKey("DRONE_NETRC_FILE")) {
            return;
        }
        env.put("DRONE_NETRC_FILE", String.join("\n", List.of("machine " + machine,
                "login " + env.getOrDefault("DRONE_NETRC_USERNAME", ""),
                "password " + env.getOrDefault("DRONE_NETRC_PASSWORD", ""))));
    }
}
