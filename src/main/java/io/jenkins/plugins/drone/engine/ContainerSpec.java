package io.jenkins.plugins.drone.engine;

import java.util.List;
import java.util.Map;

/**
 * One container to create, fully resolved by the engine (see {@code ContainerSpecs}): nothing here refers to
 * the plan, so a {@link ContainerEngine} needs no plan types to create it.
 *
 * @param name    container name
 * @param step    the entry it runs
 * @param image   what to run and how to get it
 * @param process how the process inside starts
 * @param network which network it joins, under which names, and how it resolves names
 * @param host    what of the host it gets: privileges, mounts, devices
 * @param limits  resource limits
 * @param health  the health check to set, or null to keep the image's {@code HEALTHCHECK}
 * @param labels  labels for the container
 */
public record ContainerSpec(String name, String step, Image image, Process process, Network network, Host host,
                            Limits limits, Health health, Map<String, String> labels) {

    public ContainerSpec {
        labels = Map.copyOf(labels);
    }

    /** When the engine pulls an image before creating the container. */
    public enum Pull {
        /** Pull every time (a failed pull falls back to a local copy with a warning). */
        ALWAYS,
        /** Pull only when there is no local copy. */
        IF_MISSING,
        /** Never pull: the image must be there. */
        NEVER
    }

    /**
     * The image to run and how to get it.
     *
     * @param reference image reference
     * @param pull      when to pull it
     * @param auth      registry credentials for it, or null for an anonymous pull
     */
    public record Image(String reference, Pull pull, RegistryAuth auth) {}

    /**
     * How the process inside the container starts.
     *
     * @param entrypoint entrypoint override, empty to keep the image's
     * @param command    command override, empty to keep the image's
     * @param env        final environment (live variables and secrets included, empty values dropped)
     * @param workingDir working directory, or null to keep the image's
     * @param user       user, or null for the image's own
     */
    public record Process(List<String> entrypoint, List<String> command, Map<String, String> env, String workingDir,
                          String user) {
        public Process {
            entrypoint = List.copyOf(entrypoint);
            command = List.copyOf(command);
            env = Map.copyOf(env);
        }
    }

    /**
     * The network the container joins and how it resolves names.
     *
     * @param mode       the network (the run's, by name) or network mode to use
     * @param aliases    names other containers of the network reach it by
     * @param dns        DNS servers
     * @param dnsSearch  DNS search domains
     * @param extraHosts "host:ip" entries for /etc/hosts
     */
    public record Network(String mode, List<String> aliases, List<String> dns, List<String> dnsSearch,
                          List<String> extraHosts) {
        public Network {
            aliases = List.copyOf(aliases);
            dns = List.copyOf(dns);
            dnsSearch = List.copyOf(dnsSearch);
            extraHosts = List.copyOf(extraHosts);
        }
    }

    /**
     * What of the host the container gets.
     *
     * @param privileged privileged mode
     * @param mounts     the workspace first, then the entry's volumes
     * @param devices    host devices
     */
    public record Host(boolean privileged, List<Mount> mounts, List<Device> devices) {
        public Host {
            mounts = List.copyOf(mounts);
            devices = List.copyOf(devices);
        }
    }

    /** What a mount brings into the container. */
    public enum MountKind { BIND, VOLUME, TMPFS }

    /**
     * One mount of the container.
     *
     * @param kind      bind mount of a host path, Docker volume, or memory
     * @param source    host path or volume name (null for memory)
     * @param target    path in the container
     * @param sizeBytes size limit of a memory mount, 0 = Docker's default
     */
    public record Mount(MountKind kind, String source, String target, long sizeBytes) {}

    /** A host device at a path in the container. */
    public record Device(String hostPath, String containerPath) {}

    /**
     * Resource limits of the container.
     *
     * @param shmBytes     /dev/shm bytes, 0 = Docker default
     * @param memoryBytes  memory limit bytes, 0 = none
     * @param memorySwapBytes memory+swap limit bytes, 0 = none
     * @param cpus         CPUs (e.g. 0.5), 0 = none
     */
    public record Limits(long shmBytes, long memoryBytes, long memorySwapBytes, double cpus) {}

    /**
     * A health check in Docker's terms; 0 keeps Docker's default (or the image's value).
     *
     * @param test              {@code CMD ...}, {@code CMD-SHELL ...}, {@code NONE} (off), or empty for the image's
     * @param intervalMillis    time between probes
     * @param timeoutMillis     time one probe may take
     * @param retries           consecutive failures that make the container unhealthy
     * @param startPeriodMillis grace time during which failures do not count
     */
    public record Health(List<String> test, long intervalMillis, long timeoutMillis, int retries,
                         long startPeriodMillis) {
        public Health {
            test = List.copyOf(test);
        }
    }
}
