package io.jenkins.plugins.drone.engine;

import java.util.Map;

/**
 * Where a run's disk I/O lands and how its caches are kept (docs/pipelines.md#caches, docs/install.md): set by the
 * job (cache scope) and by the agent's Docker settings (size limit, helper image, volume driver).
 *
 * @param cacheScope      caches are shared only between runs of the same scope (default: the job's full name)
 * @param cacheLimitBytes the agent's caches are evicted least recently used first above this total; 0 = no limit
 * @param helperImage     image that copies and measures caches ({@code cp}, {@code du}); empty = the image of the
 *                        first step that mounts the cache
 * @param volumeDriver    Docker volume driver for workspaces and caches; empty = Docker's default ({@code local})
 * @param driverOptions   options of that driver ({@code docker volume create -o})
 */
public record StorageSettings(String cacheScope, long cacheLimitBytes, String helperImage, String volumeDriver,
                              Map<String, String> driverOptions) {

    /** No scope, no limit, no helper image, Docker's default driver. */
    public static final StorageSettings DEFAULT = new StorageSettings("", 0, "", "", Map.of());

    public StorageSettings {
        cacheScope = cacheScope == null ? "" : cacheScope;
        helperImage = helperImage == null ? "" : helperImage;
        volumeDriver = volumeDriver == null ? "" : volumeDriver;
        driverOptions = driverOptions == null ? Map.of() : Map.copyOf(driverOptions);
    }

    /** The same settings with a cache size limit of {@code bytes} (0: none). */
    public StorageSettings withLimit(long bytes) {
        return new StorageSettings(cacheScope, bytes, helperImage, volumeDriver, driverOptions);
    }

    /** The same settings for caches of {@code scope}. */
    public StorageSettings withScope(String scope) {
        return new StorageSettings(scope, cacheLimitBytes, helperImage, volumeDriver, driverOptions);
    }
}
