package io.jenkins.plugins.drone.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the containers of one pipeline run on some container runtime (Docker in production, a fake in
 * scheduler tests). Contract:
 * <ul>
 * <li>every resource it creates (network, volumes, containers) carries the {@link Labels} of the run, so a
 *     janitor can find it whatever happens to the process;</li>
 * <li>{@link #setup} and {@link #destroy} are idempotent; {@link #destroy} removes everything the run
 *     created, never throws and never fails a build;</li>
 * <li>the other calls throw {@link EngineException} when the runtime refuses (pull, create, start), so the
 *     scheduler can mark the step {@code error};</li>
 * <li>methods may be called concurrently for different containers of the same run.</li>
 * </ul>
 */
public interface ContainerEngine {

    /** Creates the run's network, workspace volume (unless a host directory is used) and temp volumes. */
    RunResources setup(RunSpec run);

    /** Copies the contents of {@code dir} into the workspace at {@code containerPath} (used by the clone). */
    void copyToWorkspace(RunResources run, Path dir, String containerPath);

    /**
     * Pulls the image as its policy says and creates (does not start) the container; returns its id.
     * {@code warnings} receives non-fatal problems (a failed pull of an image that exists locally).
     */
    String create(RunResources run, ContainerSpec spec, Consumer<String> warnings);

    /** Starts a created container and begins collecting its figures. */
    void start(String containerId);

    /**
     * Sends each output line (stdout and stderr) to {@code lines}, long lines in pieces, from the container's
     * first line on, also for a container another engine instance started ({@link #adopt}); returns when the
     * container's output ends, or shortly after {@link #kill}: a killed step's unread backlog is dropped.
     */
    void streamLogs(String containerId, LogSink lines);

    /** Blocks until the container exits. */
    ContainerExit await(String containerId);

    /** What the container cost so far; after {@link #await}, its final figures. */
    StepFigures figures(String containerId);

    /** Kills a running container (exit 137); a container that already ended is left alone. Never throws. */
    void kill(String containerId);

    /** Removes a container, killing it first if needed. Never throws. */
    void remove(String containerId);

    /**
     * The container's health as its runtime sees it now, without waiting; a runtime without health checks
     * reports {@link HealthReport#NONE}.
     */
    default HealthReport health(String containerId) {
        return HealthReport.NONE;
    }

    /**
     * Finds the cache volume of the request's scope and key, else copies the newest one whose key starts with its
     * fallback into a new one, else makes an empty one (docs/pipelines.md#caches). Caches outlive runs: neither
     * {@link #destroy} nor a janitor's sweep of run leftovers removes them.
     */
    default CacheVolume restoreCache(RunResources run, CacheRestore request) {
        throw new EngineException("this engine keeps no caches");
    }

    /** Saves a cache after a successful run: notes its size and use, then evicts the agent's least recently used ones above the limit; returns its size in bytes. */
    default long keepCache(RunResources run, CacheVolume cache) {
        throw new EngineException("this engine keeps no caches");
    }

    /** A run that did not succeed: removes the cache volume if the run created it, so no key is saved. Never throws. */
    default void dropCache(RunResources run, CacheVolume cache) {}

    /**
     * Hands {@code reader} a tar of the workspace directory {@code containerPath} (entries named under its last
     * segment, as Docker's archive API names them), for collecting files after the steps; the stream is closed
     * afterwards. A directory that does not exist is no error: {@code reader} is not called. A runtime that cannot read workspaces throws {@link EngineException}.
     */
    default void readWorkspace(RunResources run, String containerPath, TarReader reader) {
        throw new EngineException("this container runtime cannot read workspaces");
    }

    /** Reads a tar stream; may stop early. */
    @FunctionalInterface
    interface TarReader {
        void read(InputStream tar) throws IOException;
    }

    /** Removes every container, volume and network of the run. Idempotent; never throws. */
    void destroy(RunResources run);

    /**
     * Finds the network and volumes an earlier engine instance set up for {@code run} (by their names and the
     * run's label), creating nothing; throws {@link EngineException} naming the run when any of them is gone.
     */
    RunResources adopt(RunSpec run);

    /**
     * The containers of the run that exist now, by entry name (their {@link Labels#STEP} label) to container id; of
     * two containers of one entry (one created ahead and thrown away), the one that was started.
     */
    Map<String, String> containersOf(RunResources run);

    /** Where a container stands now, without waiting; a container that does not exist is {@link Condition#MISSING}. */
    ContainerState state(String containerId);

    /** Whether a container exists, was only created, runs, or has exited. */
    enum Condition { MISSING, CREATED, RUNNING, EXITED }

    /**
     * A container's state now.
     *
     * @param condition     where it stands
     * @param exitCode      its exit code once {@link Condition#EXITED}, else 0
     * @param startedMillis when it started (epoch millis), 0 when it never did
     */
    record ContainerState(Condition condition, int exitCode, long startedMillis) {
        /** No such container. */
        public static final ContainerState MISSING = new ContainerState(Condition.MISSING, 0, 0);
    }

    /** How a container ended: its exit code and whether the kernel killed it for lack of memory. */
    record ContainerExit(int exitCode, boolean oomKilled) {}

    /** Where a container's health check stands. */
    enum Health {
        /** It has no health check (none set, none in the image, or turned off). */
        NONE,
        /** Probes have not passed yet. */
        STARTING,
        /** The last probe passed. */
        HEALTHY,
        /** Probes failed as often as the check's retries allow. */
        UNHEALTHY,
        /** The container is not running any more. */
        EXITED
    }

    /**
     * A container's health now.
     *
     * @param health         the state
     * @param lastProbe      what the last probe printed (trimmed), "" before the first
     * @param intervalMillis how often the check probes, 0 when unknown
     */
    record HealthReport(Health health, String lastProbe, long intervalMillis) {
        /** No health check. */
        public static final HealthReport NONE = new HealthReport(Health.NONE, "", 0);
    }
}
