package io.jenkins.plugins.drone.spec;

import java.util.List;
import java.util.Map;

/**
 * A step or service (docs/drone-semantics.md#steps-and-services): every field of the docker runner plus drone-yaml's
 * {@code build}, {@code push}, {@code ports}, and docker-compose's {@code healthcheck} and {@code tmpfs}. Absent
 * strings are "", absent lists/maps empty, absent sizes 0, absent objects null. {@code keys} holds
 * the position of every key written, so a lint error can point at {@code privileged:}.
 */
public record Step(
        String name,
        String image,
        String pull,
        List<String> commands,
        List<String> entrypoint,
        List<String> command,
        Map<String, EnvValue> environment,
        Map<String, YamlValue> settings,
        Conditions when,
        List<Name> dependsOn,
        boolean detach,
        String failure,
        boolean privileged,
        List<VolumeMount> volumes,
        List<VolumeMount> devices,
        String workingDir,
        String user,
        String networkMode,
        List<String> dns,
        List<String> dnsSearch,
        List<String> extraHosts,
        long shmSize,
        long memLimit,
        long memswapLimit,
        Resources resources,
        String shell,
        Build build,
        Push push,
        List<Port> ports,
        HealthCheck healthcheck,
        List<Tmpfs> tmpfs,
        Map<String, Position> keys,
        Position position) {

    public Step {
        commands = List.copyOf(commands);
        entrypoint = List.copyOf(entrypoint);
        command = List.copyOf(command);
        environment = Model.orderedCopy(environment);
        settings = Model.orderedCopy(settings);
        dependsOn = List.copyOf(dependsOn);
        volumes = List.copyOf(volumes);
        devices = List.copyOf(devices);
        dns = List.copyOf(dns);
        dnsSearch = List.copyOf(dnsSearch);
        extraHosts = List.copyOf(extraHosts);
        ports = List.copyOf(ports);
        tmpfs = List.copyOf(tmpfs);
        keys = Model.orderedCopy(keys);
    }

    /** Where {@code key} was written in this step, or the step itself when it was not. */
    public Position at(String key) {
        return keys.getOrDefault(key, position);
    }
}
