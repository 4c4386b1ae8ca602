package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import io.jenkins.plugins.drone.engine.CacheKeys;
import io.jenkins.plugins.drone.engine.CacheRestore;
import io.jenkins.plugins.drone.engine.CacheVolume;
import io.jenkins.plugins.drone.engine.CacheVolume.Outcome;
import io.jenkins.plugins.drone.engine.Labels;
import io.jenkins.plugins.drone.engine.RunSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cache volumes on one Docker engine (docs/pipelines.md#caches). A cache is a named volume
 * {@code drone-cache-<scope>-<digest of scope and key>} labelled with its scope and key, plus a record container
 * {@code <volume>-meta} (created, never started) whose labels hold its last save and size: Docker cannot relabel a
 * volume, and the record keeps the volume in use, so {@code docker volume prune} spares it. Neither carries a run
 * label, so no run's clean-up and no sweep of leftovers removes them; only {@link #evict} does.
 */
final class CacheVolumes {

    private static final String META = "-meta";

    private final DockerClient docker;

    CacheVolumes(DockerClient docker) {
        this.docker = docker;
    }

    /** The volume name of {@code key} in {@code scope}. */
    static String volumeName(String scope, String key) {
        String slug = scope.replaceAll("[^a-zA-Z0-9_.-]", "-");
        slug = slug.length() > 40 ? slug.substring(0, 40) : slug;
        return "drone-cache-" + slug + "-" + CacheKeys.digest(scope + "\0" + key);
    }

    /** The key's volume if it exists, else a new one filled from the newest fallback, else a new empty one. */
    CacheVolume restore(RunSpec run, CacheRestore request, String driver, Map<String, String> driverOptions) {
        String name = volumeName(request.scope(), request.key());
        if (exists(name)) {
            return new CacheVolume(request.volume(), name, request.key(), Outcome.HIT, "", request.helperImage());
        }
        Map<String, String> labels = Map.of(Labels.CACHE_SCOPE, request.scope(), Labels.CACHE_KEY, request.key());
        var create = docker.createVolumeCmd().withName(name).withLabels(labels);
        if (!driver.isBlank()) {
            create.withDriver(driver).withDriverOpts(driverOptions);
        }
        create.exec();
        record(name, request.helperImage(), pendingLabels(run, labels));
        InspectVolumeResponse source = request.fallback().isEmpty() ? null : newest(request.scope(), request.fallback());
        if (source == null) {
            return new CacheVolume(request.volume(), name, request.key(), Outcome.MISS, "", request.helperImage());
        }
        HelperContainer.run(docker, request.helperImage(), run.resourceName("cache-copy-" + request.volume()),
                Labels.of(run, "_cache"), List.of(mount(source.getName(), "/from"), mount(name, "/to")),
                "cp -a /from/. /to/");
        return new CacheVolume(request.volume(), name, request.key(), Outcome.FALLBACK,
                source.getLabels().get(Labels.CACHE_KEY), request.helperImage());
    }

    /** Measures the cache, records it as used now, evicts above {@code limitBytes} (0: none); returns its size. */
    long keep(RunSpec run, CacheVolume cache, long limitBytes) {
        String output = HelperContainer.run(docker, cache.helperImage(), run.resourceName("cache-size-" + cache.volume()),
                Labels.of(run, "_cache"), List.of(mount(cache.dockerVolume(), "/cache")), "du -sk /cache");
        long size = Long.parseLong(output.strip().split("\\s+")[0]) * 1024;
        InspectVolumeResponse volume = docker.inspectVolumeCmd(cache.dockerVolume()).exec();
        Map<String, String> labels = new LinkedHashMap<>(volume.getLabels());
        labels.put(Labels.CACHE_USED, Long.toString(System.currentTimeMillis()));
        labels.put(Labels.CACHE_SIZE, Long.toString(size));
        record(cache.dockerVolume(), cache.helperImage(), labels);
        if (limitBytes > 0) {
            evict(limitBytes);
        }
        return size;
    }

    /** Removes a cache this run created and did not save. Never throws. */
    void drop(CacheVolume cache) {
        removeQuietly(cache.dockerVolume());
    }

    /**
     * Removes cache volumes whose run died before saving them, then saved caches, least recently saved first,
     * until the rest fit {@code limitBytes} (0: no limit); caches a running step mounts are skipped. Returns the
     * names of the volumes removed.
     */
    List<String> evict(long limitBytes) {
        List<Container> all = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(Labels.CACHE_VOLUME)).exec();
        List<String> removed = removeOrphans(all);
        List<Container> records = all.stream().filter(c -> c.getLabels().containsKey(Labels.CACHE_USED)).toList();
        long total = records.stream().mapToLong(c -> number(c.getLabels().get(Labels.CACHE_SIZE))).sum();
        for (Container record : records.stream()
                .sorted(Comparator.comparingLong(c -> number(c.getLabels().get(Labels.CACHE_USED)))).toList()) {
            if (limitBytes <= 0 || total <= limitBytes) {
                break;
            }
            String volume = record.getLabels().get(Labels.CACHE_VOLUME);
            if (!inUse(volume) && removeQuietly(volume)) {
                total -= number(record.getLabels().get(Labels.CACHE_SIZE));
                removed.add(volume);
            }
        }
        return removed;
    }

    /** Cache volumes without any record (their run died before saving them) that nothing mounts. */
    private List<String> removeOrphans(List<Container> records) {
        Set<String> recorded = new HashSet<>();
        records.forEach(c -> recorded.add(c.getLabels().get(Labels.CACHE_VOLUME)));
        var volumes = docker.listVolumesCmd().withFilter("label", List.of(Labels.CACHE_KEY)).exec().getVolumes();
        List<String> removed = new ArrayList<>();
        if (volumes != null) {
            volumes.stream().map(v -> v.getName()).filter(v -> !recorded.contains(v) && !inUse(v) && removeQuietly(v))
                    .forEach(removed::add);
        }
        return removed;
    }

    private boolean exists(String volume) {
        try {
            docker.inspectVolumeCmd(volume).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The most recently saved cache of {@code scope} whose key starts with {@code prefix}, or null. */
    private InspectVolumeResponse newest(String scope, String prefix) {
        Map<String, Long> savedAt = new LinkedHashMap<>();
        docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(Labels.CACHE_SCOPE, scope)).exec()
                .stream().filter(c -> c.getLabels().containsKey(Labels.CACHE_USED))
                .forEach(c -> savedAt.put(c.getLabels().get(Labels.CACHE_VOLUME), number(c.getLabels().get(Labels.CACHE_USED))));
        var volumes = docker.listVolumesCmd().withFilter("label", List.of(Labels.CACHE_SCOPE + "=" + scope)).exec().getVolumes();
        return volumes == null ? null : volumes.stream()
                .filter(v -> savedAt.containsKey(v.getName()) && v.getLabels().get(Labels.CACHE_KEY).startsWith(prefix))
                .max(Comparator.comparingLong(v -> savedAt.get(v.getName()))).orElse(null);
    }

    /** Replaces the record container of {@code volume} by one with {@code labels}. */
    private void record(String volume, String image, Map<String, String> labels) {
        removeContainer(volume + META);
        Map<String, String> all = new LinkedHashMap<>(labels);
        all.put(Labels.CACHE_VOLUME, volume);
        docker.createContainerCmd(image).withName(volume + META).withLabels(all)
                .withEntrypoint("/bin/true").withCmd(List.of())
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")
                        .withMounts(List.of(mount(volume, "/cache"))))
                .exec();
    }

    /** A record of a cache being filled: it carries the run's labels, so the run's leftovers include it until saved. */
    private static Map<String, String> pendingLabels(RunSpec run, Map<String, String> labels) {
        Map<String, String> all = new LinkedHashMap<>(Labels.of(run, "_cache"));
        all.putAll(labels);
        return all;
    }

    private boolean inUse(String volume) {
        return docker.listContainersCmd().withShowAll(true).withVolumeFilter(List.of(volume)).exec().stream()
                .anyMatch(c -> c.getNames() == null || !List.of(c.getNames()).contains("/" + volume + META));
    }

    private boolean removeQuietly(String volume) {
        removeContainer(volume + META);
        try {
            docker.removeVolumeCmd(volume).exec();
            return true;
        } catch (DockerException e) {
            return false;
        }
    }

    private void removeContainer(String name) {
        try {
            docker.removeContainerCmd(name).withForce(true).exec();
        } catch (NotFoundException e) {
            // no record yet
        }
    }

    private static Mount mount(String volume, String target) {
        return new Mount().withType(MountType.VOLUME).withSource(volume).withTarget(target);
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
