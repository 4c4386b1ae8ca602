package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.Map;

/** Turns a planned entry plus its run-time environment into the container to create. */
final class ContainerSpecs {

    private ContainerSpecs() {}

    static ContainerSpec of(StepPlan step, RunResources run, Map<String, String> env, RegistryAuth auth,
                            RunSpec spec) {
        boolean script = !step.commands().isEmpty();
        return new ContainerSpec(
                spec.resourceName(step.number() + "-" + step.name() + "-" + RunSpec.newRunId().substring(0, 6)),
                step.name(),
                step.image(),
                step.pull(),
                auth,
                env,
                script ? ShellScript.ENTRYPOINT : step.entrypoint(),
                script ? ShellScript.COMMAND : step.command(),
                workingDir(step, run),
                step,
                Labels.of(spec, step.name()));
    }

    /** Detached entries without commands keep the image's directory, so database images start normally. */
    private static String workingDir(StepPlan step, RunResources run) {
        if (step.workingDir() != null && !step.workingDir().isBlank()) {
            return step.workingDir();
        }
        if (step.detach() && step.commands().isEmpty()) {
            return null;
        }
        return run.spec().workspace().fullPath();
    }
}
