package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Images;
import java.util.List;
import java.util.Map;

/**
 * One compiled entry of a pipeline (clone, service or step): the container to run and when to run it, in
 * groups. Everything here is static; the engine adds the live variables (build/stage/step status, failed
 * steps, step number) when the entry starts, and resolves {@link Process#secretEnvironment()} through its
 * secret source.
 *
 * @param name      entry name; also the container's network alias
 * @param number    {@code DRONE_STEP_NUMBER}: 1..n over entries that can run, 0 when excluded
 * @param kind      clone, service or step
 * @param image     image reference as written in the file (Docker resolves {@code golang} to
 *                  {@code docker.io/library/golang:latest} itself); null for the built-in clone, which the
 *                  engine does itself
 * @param dependsOn effective predecessors: previous entry in a serial pipeline, {@code depends_on} in a graph
 * @param verdict   whether it runs, and its predicted outcome
 * @param policies  pull, run and error policies, detach, timeout
 * @param process   commands or entrypoint, environment, working directory, user
 * @param container privileges, mounts, devices and network settings
 * @param resources resource limits
 */
public record StepPlan(
        String name,
        int number,
        StepKind kind,
        String image,
        List<String> dependsOn,
        Verdict verdict,
        Policies policies,
        Process process,
        ContainerOptions container,
        Resources resources) {

    public StepPlan {
        dependsOn = List.copyOf(dependsOn);
    }

    /**
     * What the planner decided about an entry.
     *
     * @param run     false when a non-status {@code when} condition excludes it (run policy never)
     * @param reason  why it is excluded or predicted skipped, in words (empty otherwise)
     * @param outcome predicted status for the exit codes given to the planner
     */
    public record Verdict(boolean run, String reason, Outcome outcome) {
        /** Runs, predicted to succeed. */
        public static final Verdict RUNS = new Verdict(true, "", Outcome.SUCCESS);

        /** Excluded by {@code when}, for {@code reason}. */
        public static Verdict excluded(String reason) {
            return new Verdict(false, reason, Outcome.EXCLUDED);
        }
    }

    /**
     * When and how an entry runs.
     *
     * @param pull           pull policy
     * @param runPolicy      from {@code when.status}
     * @param errorPolicy    from {@code failure:}
     * @param detach         started and left running (services always)
     * @param timeoutSeconds entry timeout, 0 = only the pipeline's
     * @param health         the declared {@code healthcheck}, or null for the image's own
     */
    public record Policies(PullPolicy pull, RunPolicy runPolicy, ErrorPolicy errorPolicy, boolean detach,
                           long timeoutSeconds, Health health) {

        /** What a detached entry's dependents wait for (docs/drone-semantics.md#service-readiness). */
        public Readiness readiness() {
            if (!detach) {
                return Readiness.ENDED;
            }
            if (health != null && health.disable()) {
                return Readiness.STARTED;
            }
            return health != null && !health.test().isEmpty() ? Readiness.HEALTHY : Readiness.IMAGE_HEALTHY;
        }
    }

    /** When an entry has returned, so that its dependents may start. */
    public enum Readiness {
        /** It ran to its end (every entry that is not detached). */
        ENDED,
        /** Once started (a detached entry whose health check is disabled). */
        STARTED,
        /** Once its declared {@code healthcheck} passes. */
        HEALTHY,
        /** Once the image's {@code HEALTHCHECK} passes; once started when the image has none. */
        IMAGE_HEALTHY
    }

    /**
     * A declared health check as Docker takes it; 0 means Docker's default.
     *
     * @param test              Docker's {@code Test}: {@code CMD ...} or {@code CMD-SHELL ...}; empty keeps the image's
     * @param intervalMillis    time between probes
     * @param timeoutMillis     time a probe may take
     * @param retries           consecutive failures that make it unhealthy
     * @param startPeriodMillis grace time during which failures do not count
     * @param disable           the image's {@code HEALTHCHECK} is turned off
     */
    public record Health(List<String> test, long intervalMillis, long timeoutMillis, int retries,
                         long startPeriodMillis, boolean disable) {
        public Health {
            test = List.copyOf(test);
        }
    }

    /**
     * How the entry's process starts.
     *
     * @param commands          shell commands; non-empty means the engine runs them as a script entrypoint
     * @param entrypoint        Docker entrypoint override (only without commands)
     * @param command           Docker command override (only without commands)
     * @param environment       every plain variable the container gets (DRONE_*, CI_*, pipeline and step
     *                          environment, PLUGIN_*); empty values already removed
     * @param secretEnvironment variable name -> secret name, resolved at run time, masked in logs
     * @param workingDir        working directory, or null to keep the image's own
     * @param user              Docker user, or null for the image's own
     */
    public record Process(List<String> commands, List<String> entrypoint, List<String> command,
                          Map<String, String> environment, Map<String, String> secretEnvironment, String workingDir,
                          String user) {
        public Process {
            commands = List.copyOf(commands);
            entrypoint = List.copyOf(entrypoint);
            command = List.copyOf(command);
            environment = Map.copyOf(environment);
            secretEnvironment = Map.copyOf(secretEnvironment);
        }

        /** A process the engine starts itself (the clone): only its environment and directory are planned. */
        public static Process environmentOnly(Map<String, String> environment, Map<String, String> secretEnvironment,
                                              String workingDir) {
            return new Process(List.of(), List.of(), List.of(), environment, secretEnvironment, workingDir, null);
        }
    }

    /**
     * What of the host and network the container gets (mostly trusted settings).
     *
     * @param privileged  Docker privileged mode (needs a trusted job unless an allowed plugin image)
     * @param volumes     mounts of pipeline volumes
     * @param devices     host devices (trusted)
     * @param extraHosts  "host:ip" entries (trusted)
     * @param dns         DNS servers (trusted)
     * @param dnsSearch   DNS search domains (trusted)
     * @param networkMode own network mode, or null for the pipeline network (trusted)
     * @param tmpfs       memory mounts (trusted)
     */
    public record ContainerOptions(boolean privileged, List<Mount> volumes, List<Mount> devices,
                                   List<String> extraHosts, List<String> dns, List<String> dnsSearch,
                                   String networkMode, List<Tmpfs> tmpfs) {
        /** Nothing beyond the defaults. */
        public static final ContainerOptions NONE = new ContainerOptions(false, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of());

        public ContainerOptions {
            volumes = List.copyOf(volumes);
            devices = List.copyOf(devices);
            extraHosts = List.copyOf(extraHosts);
            dns = List.copyOf(dns);
            dnsSearch = List.copyOf(dnsSearch);
            tmpfs = List.copyOf(tmpfs);
        }
    }

    /**
     * Resource limits; 0 means none (or Docker's default).
     *
     * @param shmSize      /dev/shm bytes (trusted)
     * @param memLimit     memory limit bytes
     * @param memSwapLimit memory+swap limit bytes
     * @param cpuLimit     CPUs (e.g. 0.5)
     */
    public record Resources(long shmSize, long memLimit, long memSwapLimit, double cpuLimit) {
        /** No limits. */
        public static final Resources NONE = new Resources(0, 0, 0, 0);
    }

    /**
     * Whether the engine pulls before creating the container: {@code always}, or the default policy with a
     * {@code latest} tag (written or implied). Otherwise it pulls only when the image is missing (unless never).
     */
    public boolean pullFirst() {
        PullPolicy pull = policies.pull();
        return image != null && (pull == PullPolicy.ALWAYS || (pull == PullPolicy.DEFAULT && Images.isLatest(image)));
    }

    /** This entry with a predicted outcome and the reason for it (the reason is kept when the new one is empty). */
    public StepPlan withOutcome(Outcome newOutcome, String newReason) {
        Verdict judged = new Verdict(verdict.run(), newReason.isEmpty() ? verdict.reason() : newReason, newOutcome);
        return new StepPlan(name, number, kind, image, dependsOn, judged, policies, process, container, resources);
    }

    /** This entry with the environment the engine gives it when it runs after what was predicted before it. */
    public StepPlan withEnvironment(Map<String, String> newEnvironment) {
        Process changed = new Process(process.commands(), process.entrypoint(), process.command(), newEnvironment,
                process.secretEnvironment(), process.workingDir(), process.user());
        return new StepPlan(name, number, kind, image, dependsOn, verdict, policies, changed, container, resources);
    }

    /** A pipeline volume (or device) mounted at a path inside the container. */
    public record Mount(String name, String path) {}

    /** Memory mounted at a path inside the container, at most {@code sizeBytes} (0 = Docker's default). */
    public record Tmpfs(String path, long sizeBytes) {}
}
