package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import io.jenkins.plugins.drone.engine.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes leftovers of runs that are over: every container, volume and network carrying our run label whose
 * run id is not among the live ones, or whose expiry has passed. Resources without our label are never
 * touched, nor those outside the janitor's scope: several controllers (or test suites) sharing one Docker
 * host each sweep only runs carrying their own scope labels. Cheap enough to call periodically (three
 * list calls when nothing is left over).
 */
public final class DockerJanitor {

    private final DockerClient docker;
    private final List<String> filter;

    /** A janitor for runs carrying every one of {@code scope}'s labels (empty: every run of ours). */
    public DockerJanitor(DockerClient docker, Map<String, String> scope) {
        this.docker = docker;
        List<String> labels = new ArrayList<>(List.of(Labels.RUN));
        scope.forEach((k, v) -> labels.add(k + "=" + v));
        this.filter = List.copyOf(labels);
    }

    /**
     * Sweeps the Docker engine at {@code host} (null/blank: the default) once, with its own client; for
     * callers that must not depend on docker-java types.
     */
    public static Set<String> sweep(String host, Map<String, String> scope, Set<String> liveRunIds,
                                    long nowEpochSeconds) throws java.io.IOException {
        try (DockerClient client = DockerClients.create(host)) {
            return new DockerJanitor(client, scope).sweep(liveRunIds, nowEpochSeconds);
        }
    }

    /** {@link #evictCaches(long)} on the Docker engine at {@code host} once, with its own client. */
    public static List<String> evictCaches(String host, long limitBytes) throws java.io.IOException {
        try (DockerClient client = DockerClients.create(host)) {
            return new DockerJanitor(client, Map.of()).evictCaches(limitBytes);
        }
    }

    /** Cleans up dead or expired runs; returns their ids. */
    public Set<String> sweep(Set<String> liveRunIds, long nowEpochSeconds) {
        Map<String, Long> expiryByRun = new HashMap<>();
        docker.listContainersCmd().withShowAll(true).withLabelFilter(filter).exec()
                .forEach(c -> note(expiryByRun, c.getLabels()));
        var volumes = docker.listVolumesCmd().withFilter("label", filter).exec().getVolumes();
        if (volumes != null) {
            volumes.forEach(v -> note(expiryByRun, v.getLabels()));
        }
        docker.listNetworksCmd().withFilter("label", filter).exec().forEach(n -> note(expiryByRun, n.getLabels()));
        Set<String> removed = new TreeSet<>();
        RunCleaner cleaner = new RunCleaner(docker, this::removeContainer);
        expiryByRun.forEach((runId, expires) -> {
            if (!liveRunIds.contains(runId) || expires < nowEpochSeconds) {
                cleaner.clean(runId);
                removed.add(runId);
            }
        });
        return removed;
    }

    /**
     * Removes cache volumes whose run died before saving them, and evicts saved caches of every scope, least
     * recently saved first, until the rest fit {@code limitBytes} (0: no limit); returns the volumes removed.
     * Caches in use stay.
     */
    public List<String> evictCaches(long limitBytes) {
        return new CacheVolumes(docker).evict(limitBytes);
    }

    private static void note(Map<String, Long> expiryByRun, Map<String, String> labels) {
        String run = labels == null ? null : labels.get(Labels.RUN);
        if (run != null) {
            expiryByRun.merge(run, parseExpiry(labels.get(Labels.EXPIRES)), Math::min);
        }
    }

    /** A missing or broken expiry never expires on its own: only a dead run id removes it. */
    private static long parseExpiry(String value) {
        try {
            return value == null ? Long.MAX_VALUE : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private void removeContainer(String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException e) {
            // the next sweep tries again
        }
    }
}
