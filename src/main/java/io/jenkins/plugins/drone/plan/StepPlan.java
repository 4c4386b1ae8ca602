package io.jenkins.plugins.drone.plan;

import java.util.List;
import java.util.Map;

/**
 * One compiled entry of a pipeline (clone, service or step): the container to run and when to run it.
 * Everything here is static; the engine adds the live variables (build/stage/step status, failed steps,
 * step number) when the entry starts, and resolves {@link #secretEnvironment()} through its secret source.
 *
 * @param name              entry name; also the container's network alias
 * @param number            {@code DRONE_STEP_NUMBER}: 1..n over entries that can run, 0 when excluded
 * @param kind              clone, service or step
 * @param image             image reference as written in the file (Docker resolves {@code golang} to
 *                          {@code docker.io/library/golang:latest} itself); null for the built-in clone, which the
 *                          engine does itself
 * @param pull              pull policy
 * @param run               false when a non-status {@code when} condition excludes it (run policy never)
 * @param reason            why it is excluded or predicted skipped, in words (empty otherwise)
 * @param outcome           predicted status for the exit codes given to the planner
 * @param dependsOn         effective predecessors: previous entry in a serial pipeline, {@code depends_on} in a graph
 * @param runPolicy         from {@code when.status}
 * @param errorPolicy       from {@code failure:}
 * @param detach            started and left running (services always)
 * @param commands          shell commands; non-empty means the engine runs them as a script entrypoint
 * @param entrypoint        Docker entrypoint override (only without commands)
 * @param command           Docker command override (only without commands)
 * @param environment       every plain variable the container gets (DRONE_*, CI_*, pipeline and step
 *                          environment, PLUGIN_*); empty values already removed
 * @param secretEnvironment variable name -> secret name, resolved at run time, masked in logs
 * @param workingDir        working directory, or null to keep the image's own
 * @param user              Docker user, or null for the image's own
 * @param privileged        Docker privileged mode (needs a trusted job unless an allowed plugin image)
 * @param volumes           mounts of pipeline volumes
 * @param devices           host devices (trusted)
 * @param extraHosts        "host:ip" entries (trusted)
 * @param dns               DNS servers (trusted)
 * @param dnsSearch         DNS search domains (trusted)
 * @param networkMode       own network mode, or null for the pipeline network (trusted)
 * @param shmSize           /dev/shm bytes, 0 = Docker default (trusted)
 * @param memLimit          memory limit bytes, 0 = none
 * @param memSwapLimit      memory+swap limit bytes, 0 = none
 * @param cpuLimit          CPUs (e.g. 0.5), 0 = none
 * @param timeoutSeconds    entry timeout, 0 = only the pipeline's
 */
public record StepPlan(
        String name,
        int number,
        StepKind kind,
        String image,
        PullPolicy pull,
        boolean run,
        String reason,
        Outcome outcome,
        List<String> dependsOn,
        RunPolicy runPolicy,
        ErrorPolicy errorPolicy,
        boolean detach,
        List<String> commands,
        List<String> entrypoint,
        List<String> command,
        Map<String, String> environment,
        Map<String, String> secretEnvironment,
        String workingDir,
        String user,
        boolean privileged,
        List<Mount> volumes,
        List<Mount> devices,
        List<String> extraHosts,
        List<String> dns,
        List<String> dnsSearch,
        String networkMode,
        long shmSize,
        long memLimit,
        long memSwapLimit,
        double cpuLimit,
        long timeoutSeconds) {

    public StepPlan {
        dependsOn = List.copyOf(dependsOn);
        commands = List.copyOf(commands);
        entrypoint = List.copyOf(entrypoint);
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        secretEnvironment = Map.copyOf(secretEnvironment);
        volumes = List.copyOf(volumes);
        devices = List.copyOf(devices);
        extraHosts = List.copyOf(extraHosts);
        dns = List.copyOf(dns);
        dnsSearch = List.copyOf(dnsSearch);
    }

    /**
     * Whether the engine pulls before creating the container: {@code always}, or the default policy with a
     * {@code latest} tag (written or implied). Otherwise it pulls only when the image is missing (unless never).
     */
    public boolean pullFirst() {
        return image != null && (pull == PullPolicy.ALWAYS || (pull == PullPolicy.DEFAULT && Images.isLatest(image)));
    }

    /** This entry with a predicted outcome and the reason for it (the reason is kept when the new one is empty). */
    public StepPlan withOutcome(Outcome newOutcome, String newReason) {
        return withOutcome(newOutcome, newReason, environment);
    }

    /** Like {@link #withOutcome(Outcome, String)}, with the environment the entry gets when it runs then. */
    public StepPlan withOutcome(Outcome newOutcome, String newReason, Map<String, String> newEnvironment) {
        return new StepPlan(name, number, kind, image, pull, run, newReason.isEmpty() ? reason : newReason, newOutcome,
                dependsOn, runPolicy, errorPolicy, detach, commands, entrypoint, command, newEnvironment,
                secretEnvironment, workingDir, user, privileged, volumes, devices, extraHosts, dns, dnsSearch,
                networkMode, shmSize, memLimit, memSwapLimit, cpuLimit, timeoutSeconds);
    }

    /** A pipeline volume (or device) mounted at a path inside the container. */
    public record Mount(String name, String path) {}
}
