package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.TmpfsOptions;
import io.jenkins.plugins.drone.engine.ContainerSpec;
import io.jenkins.plugins.drone.engine.RunResources;
import io.jenkins.plugins.drone.plan.PipelinePlan.VolumeSpec;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.List;

/** Builds a container's Docker host config: workspace and pipeline volume mounts, network, limits. */
final class HostConfigs {

    private HostConfigs() {}

    static HostConfig of(RunResources run, ContainerSpec spec) {
        StepPlan step = spec.plan();
        HostConfig host = HostConfig.newHostConfig()
                .withPrivileged(step.privileged())
                .withMounts(mounts(run, step))
                .withNetworkMode(step.networkMode() == null || step.networkMode().isBlank()
                        ? run.networkName() : step.networkMode());
        if (!step.extraHosts().isEmpty()) {
            host.withExtraHosts(step.extraHosts().toArray(String[]::new));
        }
        if (!step.dns().isEmpty()) {
            host.withDns(step.dns());
        }
        if (!step.dnsSearch().isEmpty()) {
            host.withDnsSearch(step.dnsSearch());
        }
        if (!step.devices().isEmpty()) {
            host.withDevices(devices(run, step));
        }
        if (step.shmSize() > 0) {
            host.withShmSize(step.shmSize());
        }
        if (step.memLimit() > 0) {
            host.withMemory(step.memLimit());
        }
        if (step.memSwapLimit() > 0) {
            host.withMemorySwap(step.memSwapLimit());
        }
        if (step.cpuLimit() > 0) {
            host.withNanoCPUs((long) (step.cpuLimit() * 1e9));
        }
        return host;
    }

    /** The workspace first, then each step mount; a mount naming an unknown volume is ignored, as in Drone. */
    private static List<Mount> mounts(RunResources run, StepPlan step) {
        List<Mount> mounts = new ArrayList<>();
        String base = run.spec().workspace().base();
        if (run.workspaceVolume() == null) {
            mounts.add(new Mount().withType(MountType.BIND)
                    .withSource(run.spec().hostWorkspace().toAbsolutePath().toString()).withTarget(base));
        } else {
            mounts.add(new Mount().withType(MountType.VOLUME).withSource(run.workspaceVolume()).withTarget(base));
        }
        for (StepPlan.Mount m : step.volumes()) {
            VolumeSpec volume = volume(run, m.name());
            if (volume != null) {
                mounts.add(mount(run, volume, m.path()));
            }
        }
        return mounts;
    }

    private static Mount mount(RunResources run, VolumeSpec volume, String target) {
        if (volume.hostPath() != null && !volume.hostPath().isBlank()) {
            return new Mount().withType(MountType.BIND).withSource(volume.hostPath()).withTarget(target);
        }
        if ("memory".equalsIgnoreCase(volume.medium())) {
            TmpfsOptions options = new TmpfsOptions();
            if (volume.sizeLimitBytes() > 0) {
                options.withSizeBytes(volume.sizeLimitBytes());
            }
            return new Mount().withType(MountType.TMPFS).withTarget(target).withTmpfsOptions(options);
        }
        return new Mount().withType(MountType.VOLUME).withSource(run.tempVolumes().get(volume.name())).withTarget(target);
    }

    private static List<Device> devices(RunResources run, StepPlan step) {
        List<Device> devices = new ArrayList<>();
        for (StepPlan.Mount d : step.devices()) {
            VolumeSpec volume = volume(run, d.name());
            if (volume != null && volume.hostPath() != null) {
                devices.add(new Device("rwm", d.path(), volume.hostPath()));
            }
        }
        return devices;
    }

    private static VolumeSpec volume(RunResources run, String name) {
        return run.spec().volumes().stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    /** Docker volumes to create for the run: temp volumes that are not in memory. */
    static boolean needsDockerVolume(VolumeSpec volume) {
        return volume.temp() && !"memory".equalsIgnoreCase(volume.medium())
                && (volume.hostPath() == null || volume.hostPath().isBlank());
    }
}
