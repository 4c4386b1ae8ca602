package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PullPolicy;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.List;
import java.util.Map;

/**
 * One container to create, with everything resolved: final environment, entrypoint, credentials, labels.
 *
 * @param name       container name
 * @param step       the entry it runs; also its network alias
 * @param image      image reference
 * @param pull       pull policy
 * @param auth       registry credentials for the image, or null
 * @param env        final environment (live variables and secrets included, empty values dropped)
 * @param entrypoint entrypoint override, empty to keep the image's
 * @param command    command override, empty to keep the image's
 * @param workingDir working directory, or null to keep the image's
 * @param plan       the entry (user, privileged, mounts, devices, network and resource settings)
 * @param labels     labels for the container
 */
public record ContainerSpec(String name, String step, String image, PullPolicy pull, RegistryAuth auth,
                            Map<String, String> env, List<String> entrypoint, List<String> command,
                            String workingDir, StepPlan plan, Map<String, String> labels) {
    public ContainerSpec {
        env = Map.copyOf(env);
        entrypoint = List.copyOf(entrypoint);
        command = List.copyOf(command);
        labels = Map.copyOf(labels);
    }
}
