package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.BuildContext;
import java.time.Duration;
import java.util.List;

/**
 * How to run a pipeline, beyond its plan: the run's resources, the build (for the clone), secrets, limits.
 *
 * @param runSpec     run id, workspace, labels, expiry
 * @param build       the build being run (clone URL, ref, commit)
 * @param secrets     resolves {@code from_secret} and image pull secret names
 * @param timeout     pipeline timeout, or null for none
 * @param concurrency most entries running at once, 0 = the plan's {@code concurrency}, else unlimited
 * @param cloneEnabled false to skip the built-in clone (the workspace is a host directory that has the code)
 * @param failedStages other pipelines of the build that already failed (DRONE_BUILD_STATUS, DRONE_FAILED_STAGES)
 * @param registryConfigs Docker {@code config.json} texts configured outside the file (Jenkins' registry
 *                     credentials); consulted after the pipeline's {@code image_pull_secrets}
 */
public record RunSettings(RunSpec runSpec, BuildContext build, SecretSource secrets, Duration timeout,
                          int concurrency, boolean cloneEnabled, List<String> failedStages,
                          List<String> registryConfigs) {
    public RunSettings {
        failedStages = List.copyOf(failedStages);
        registryConfigs = List.copyOf(registryConfigs);
    }
}
