package io.jenkins.plugins.drone.spec;

import java.util.List;

/**
 * A pipeline volume: {@code {name, host: {path}}}, {@code {name, temp: {medium, size_limit}}} or
 * {@code {name, cache: {key, files, fallback}}}; the unused forms are null.
 */
public record Volume(String name, Host host, Temp temp, Cache cache, Position position) {

    /** A bind mount of a path of the runner host (trusted repositories only). */
    public record Host(String path, Position position) {}

    /** A volume that lives as long as the pipeline; {@code medium: memory} makes it a tmpfs of {@code sizeLimit} bytes (0 = none). */
    public record Temp(String medium, long sizeLimit, Position position) {}

    /**
     * A volume kept on the agent across builds (docs/pipelines.md#caches): restored by {@code key}, which ends with
     * the checksum of {@code files} when some are named, else by the newest key starting with {@code fallback}.
     */
    public record Cache(String key, List<String> files, String fallback, Position position) {
        public Cache {
            files = List.copyOf(files);
        }
    }
}
