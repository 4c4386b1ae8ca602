package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan.VolumeSpec;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The cache volumes of one run (docs/pipelines.md#caches): restored once the workspace holds the files their keys
 * name (after the clone), saved when the run succeeded, removed when it did not and had created them; each one's
 * outcome is reported as a {@link PipelineEvent.CacheUsed} when the run ends.
 */
final class RunCaches {

    private final RunContext run;
    private final List<VolumeSpec> caches;
    private final List<CacheVolume> restored = new CopyOnWriteArrayList<>();
    private volatile boolean resolved;

    RunCaches(RunContext run) {
        this.run = run;
        this.caches = run.pipeline().volumes().stream().filter(v -> v.cache() != null).toList();
        this.resolved = caches.isEmpty();
    }

    /** Whether steps mounting caches can be described: true once restored, or when there are none. */
    boolean resolved() {
        return resolved;
    }

    /** Resolves each key from the files under {@code workspace} (null: none there) and restores its cache. */
    void restore(Path workspace) {
        Map<String, String> volumes = new HashMap<>();
        StorageSettings storage = run.request().storage();
        for (VolumeSpec volume : caches) {
            String key = CacheKeys.resolve(volume.cache(), workspace);
            CacheVolume cache = run.engine().restoreCache(run.resources(), new CacheRestore(volume.name(),
                    storage.cacheScope(), key, volume.cache().fallback(), helperImage(storage, volume.name())));
            restored.add(cache);
            volumes.put(volume.name(), cache.dockerVolume());
        }
        run.addVolumes(volumes);
        resolved = true;
    }

    /** Saves every cache if the run {@code succeeded}, else removes the ones it created; reports each. Never throws. */
    void finish(boolean succeeded) {
        for (CacheVolume cache : restored) {
            long size = -1;
            boolean saved = false;
            try {
                if (succeeded) {
                    size = run.engine().keepCache(run.resources(), cache);
                    saved = true;
                } else if (cache.createdByRun()) {
                    run.engine().dropCache(run.resources(), cache);
                }
            } catch (EngineException e) {
                run.warn("cache " + cache.volume() + " not saved: " + e.getMessage());
            }
            run.emit(new PipelineEvent.CacheUsed(cache.volume(), cache.key(), cache.outcome().word(),
                    cache.restoredFrom(), saved, size));
        }
    }

    /** The configured helper image, else the image of the first step that mounts the cache. */
    private String helperImage(StorageSettings storage, String volume) {
        if (!storage.helperImage().isBlank()) {
            return storage.helperImage();
        }
        return run.pipeline().steps().stream().filter(s -> s.image() != null)
                .filter(s -> s.container().volumes().stream().map(StepPlan.Mount::name).anyMatch(volume::equals))
                .map(StepPlan::image).findFirst()
                .orElseThrow(() -> new EngineException("cache " + volume + " is mounted by no step"));
    }
}
