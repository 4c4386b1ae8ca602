package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.TmpfsOptions;
import io.jenkins.plugins.drone.engine.ContainerSpec;

/** Builds a container's Docker host config from its resolved spec: mounts, devices, network, limits. */
final class HostConfigs {

    private HostConfigs() {}

    static HostConfig of(ContainerSpec spec) {
        ContainerSpec.Host host = spec.host();
        ContainerSpec.Network network = spec.network();
        ContainerSpec.Limits limits = spec.limits();
        HostConfig config = HostConfig.newHostConfig()
                .withPrivileged(host.privileged())
                .withMounts(host.mounts().stream().map(HostConfigs::mount).toList())
                .withNetworkMode(network.mode());
        if (!network.extraHosts().isEmpty()) {
            config.withExtraHosts(network.extraHosts().toArray(String[]::new));
        }
        if (!network.dns().isEmpty()) {
            config.withDns(network.dns());
        }
        if (!network.dnsSearch().isEmpty()) {
            config.withDnsSearch(network.dnsSearch());
        }
        if (!host.devices().isEmpty()) {
            config.withDevices(host.devices().stream().map(d -> new Device("rwm", d.containerPath(), d.hostPath())).toList());
        }
        if (limits.shmBytes() > 0) {
            config.withShmSize(limits.shmBytes());
        }
        if (limits.memoryBytes() > 0) {
            config.withMemory(limits.memoryBytes());
        }
        if (limits.memorySwapBytes() > 0) {
            config.withMemorySwap(limits.memorySwapBytes());
        }
        if (limits.cpus() > 0) {
            config.withNanoCPUs((long) (limits.cpus() * 1e9));
        }
        return config;
    }

    private static Mount mount(ContainerSpec.Mount m) {
        return switch (m.kind()) {
            case BIND -> new Mount().withType(MountType.BIND).withSource(m.source()).withTarget(m.target());
            case VOLUME -> new Mount().withType(MountType.VOLUME).withSource(m.source()).withTarget(m.target());
            case TMPFS -> {
                TmpfsOptions options = new TmpfsOptions();
                if (m.sizeBytes() > 0) {
                    options.withSizeBytes(m.sizeBytes());
                }
                yield new Mount().withType(MountType.TMPFS).withTarget(m.target()).withTmpfsOptions(options);
            }
        };
    }
}
