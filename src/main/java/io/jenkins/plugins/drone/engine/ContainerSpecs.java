package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.PipelinePlan.VolumeSpec;
import io.jenkins.plugins.drone.plan.PullPolicy;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a planned entry plus its run-time environment into the container to create, resolving everything the
 * plan leaves open: script entrypoint, working directory, pull policy, the run's network, the workspace and
 * volume mounts, devices.
 */
final class ContainerSpecs {

    private ContainerSpecs() {}

    static ContainerSpec of(StepPlan step, PipelinePlan pipeline, RunResources run, Map<String, String> env,
                            RegistryAuth auth) {
        RunSpec spec = run.spec();
        StepPlan.Process process = step.process();
        StepPlan.ContainerOptions options = step.container();
        StepPlan.Resources resources = step.resources();
        boolean script = !process.commands().isEmpty();
        boolean ownNetwork = options.networkMode() != null && !options.networkMode().isBlank();
        return new ContainerSpec(
                spec.resourceName(step.number() + "-" + step.name() + "-" + RunSpec.newRunId().substring(0, 6)),
                step.name(),
                new ContainerSpec.Image(step.image(), pull(step), auth),
                new ContainerSpec.Process(script ? ShellScript.ENTRYPOINT : process.entrypoint(),
                        script ? ShellScript.COMMAND : process.command(), env, workingDir(step, pipeline),
                        blankToNull(process.user())),
                new ContainerSpec.Network(ownNetwork ? options.networkMode() : run.networkName(),
                        ownNetwork ? List.of() : List.of(step.name()), options.dns(), options.dnsSearch(), options.extraHosts()),
                new ContainerSpec.Host(options.privileged(), mounts(step, pipeline.volumes(), run),
                        devices(step, pipeline.volumes())),
                new ContainerSpec.Limits(resources.shmSize(), resources.memLimit(), resources.memSwapLimit(),
                        resources.cpuLimit()),
                health(step.policies().health()),
                Labels.of(spec, step.name()));
    }

    /** A declared check as Docker takes it; {@code disable} is Docker's {@code NONE}. */
    private static ContainerSpec.Health health(StepPlan.Health h) {
        if (h == null) {
            return null;
        }
        return new ContainerSpec.Health(h.disable() ? List.of("NONE") : h.test(), h.intervalMillis(),
                h.timeoutMillis(), h.retries(), h.startPeriodMillis());
    }

    /** The plan's default policy pulls a {@code latest} tag every time and other tags when missing. */
    private static ContainerSpec.Pull pull(StepPlan step) {
        if (step.policies().pull() == PullPolicy.NEVER) {
            return ContainerSpec.Pull.NEVER;
        }
        return step.pullFirst() ? ContainerSpec.Pull.ALWAYS : ContainerSpec.Pull.IF_MISSING;
    }

    /** Detached entries without commands keep the image's directory, so database images start normally. */
    private static String workingDir(StepPlan step, PipelinePlan pipeline) {
        if (step.process().workingDir() != null && !step.process().workingDir().isBlank()) {
            return step.process().workingDir();
        }
        if (step.policies().detach() && step.process().commands().isEmpty()) {
            return null;
        }
        return pipeline.workspace().fullPath();
    }

    /**
     * The workspace first, then each step mount (a mount naming an unknown volume is ignored, as in Drone), then
     * the {@code tmpfs} mounts.
     */
    private static List<ContainerSpec.Mount> mounts(StepPlan step, List<VolumeSpec> volumes, RunResources run) {
        List<ContainerSpec.Mount> mounts = new ArrayList<>();
        String base = run.spec().workspaceBase();
        if (run.workspaceVolume() == null) {
            mounts.add(new ContainerSpec.Mount(ContainerSpec.MountKind.BIND,
                    run.spec().hostWorkspace().toAbsolutePath().toString(), base, 0));
        } else {
            mounts.add(new ContainerSpec.Mount(ContainerSpec.MountKind.VOLUME, run.workspaceVolume(), base, 0));
        }
        for (StepPlan.Mount m : step.container().volumes()) {
            VolumeSpec volume = volume(volumes, m.name());
            if (volume != null) {
                mounts.add(mount(run, volume, m.path()));
            }
        }
        for (StepPlan.Tmpfs t : step.container().tmpfs()) {
            mounts.add(new ContainerSpec.Mount(ContainerSpec.MountKind.TMPFS, null, t.path(), t.sizeBytes()));
        }
        return mounts;
    }

    private static ContainerSpec.Mount mount(RunResources run, VolumeSpec volume, String target) {
        if (volume.hostPath() != null && !volume.hostPath().isBlank()) {
            return new ContainerSpec.Mount(ContainerSpec.MountKind.BIND, volume.hostPath(), target, 0);
        }
        if ("memory".equalsIgnoreCase(volume.medium())) {
            return new ContainerSpec.Mount(ContainerSpec.MountKind.TMPFS, null, target, Math.max(0, volume.sizeLimitBytes()));
        }
        return new ContainerSpec.Mount(ContainerSpec.MountKind.VOLUME, run.tempVolumes().get(volume.name()), target, 0);
    }

    private static List<ContainerSpec.Device> devices(StepPlan step, List<VolumeSpec> volumes) {
        List<ContainerSpec.Device> devices = new ArrayList<>();
        for (StepPlan.Mount d : step.container().devices()) {
            VolumeSpec volume = volume(volumes, d.name());
            if (volume != null && volume.hostPath() != null) {
                devices.add(new ContainerSpec.Device(volume.hostPath(), d.path()));
            }
        }
        return devices;
    }

    private static VolumeSpec volume(List<VolumeSpec> volumes, String name) {
        return volumes.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
