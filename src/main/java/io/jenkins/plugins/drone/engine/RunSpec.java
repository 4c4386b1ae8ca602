package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.PipelinePlan.VolumeSpec;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/**
 * What a run needs from the engine before any step starts.
 *
 * @param runId               unique id, also the suffix of resource names ({@code drone-<runId>})
 * @param workspaceBase       where the workspace is mounted
 * @param hostWorkspace       a host directory bind-mounted as the workspace, or null for a fresh volume
 * @param dockerVolumes       the pipeline volumes that need a Docker volume of the run (temp ones on disk)
 * @param extraLabels         labels the caller adds to every resource (Jenkins: job and build ids)
 * @param expiresEpochSeconds when a janitor may remove the run's leftovers regardless of liveness
 * @param storage             volume driver for the workspace and caches, cache scope, limit and helper image
 */
public record RunSpec(String runId, String workspaceBase, Path hostWorkspace, List<String> dockerVolumes,
                      Map<String, String> extraLabels, long expiresEpochSeconds, StorageSettings storage) {

    /** A run with the default storage settings. */
    public RunSpec(String runId, String workspaceBase, Path hostWorkspace, List<String> dockerVolumes,
                   Map<String, String> extraLabels, long expiresEpochSeconds) {
        this(runId, workspaceBase, hostWorkspace, dockerVolumes, extraLabels, expiresEpochSeconds, StorageSettings.DEFAULT);
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    public RunSpec {
        dockerVolumes = List.copyOf(dockerVolumes);
        extraLabels = Map.copyOf(extraLabels);
        storage = storage == null ? StorageSettings.DEFAULT : storage;
    }

    /** Leftovers of a run older than this may be removed by a janitor even if the run looks alive. */
    public static final long EXPIRY_SECONDS = java.time.Duration.ofHours(24).toSeconds();

    /** The resources of the run {@code request} describes, started at {@code startedMillis}, expiring a day later. */
    static RunSpec of(RunRequest request, long startedMillis) {
        PipelinePlan pipeline = request.pipeline();
        Path host = request.hostWorkspace() == null ? null : Path.of(request.hostWorkspace()).toAbsolutePath();
        List<String> dockerVolumes = pipeline.volumes().stream().filter(RunSpec::needsDockerVolume).map(VolumeSpec::name).toList();
        return new RunSpec(request.runId(), pipeline.workspace().base(), host, dockerVolumes, request.labels(),
                startedMillis / 1000 + EXPIRY_SECONDS, request.storage());
    }

    /** Temp volumes that are not in memory get a Docker volume; host paths and tmpfs do not. */
    private static boolean needsDockerVolume(VolumeSpec volume) {
        return volume.temp() && !"memory".equalsIgnoreCase(volume.medium())
                && (volume.hostPath() == null || volume.hostPath().isBlank());
    }

    /** A fresh random run id of 20 lower-case letters and digits, like Drone's resource names. */
    public static String newRunId() {
        char[] id = new char[20];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** Name prefix of every resource of this run. */
    public String resourcePrefix() {
        return "drone-" + runId;
    }

    /** A Docker-safe resource name for this run: the prefix, then {@code suffix} with odd characters replaced. */
    public String resourceName(String suffix) {
        return resourcePrefix() + "-" + suffix.replaceAll("[^a-zA-Z0-9_.-]", "-");
    }
}
