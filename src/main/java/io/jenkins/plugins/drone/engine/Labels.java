package io.jenkins.plugins.drone.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Names of the labels put on every container, network and volume, so leftovers can be found and only ours touched. */
public final class Labels {

    /** The run id: which pipeline run created the resource. */
    public static final String RUN = "io.jenkins.drone.run";
    /** The step name (containers only; {@code _run} on networks and volumes). */
    public static final String STEP = "io.jenkins.drone.step";
    /** Epoch seconds after which a janitor may remove it even if the run looks alive. */
    public static final String EXPIRES = "io.jenkins.drone.expires";

    /** On cache volumes and their record containers: the scope the cache belongs to (docs/pipelines.md#caches). */
    public static final String CACHE_SCOPE = "io.jenkins.drone.cache.scope";
    /** The cache's resolved key. */
    public static final String CACHE_KEY = "io.jenkins.drone.cache.key";
    /** On a cache's record container (created, never started): the cache volume it records. */
    public static final String CACHE_VOLUME = "io.jenkins.drone.cache.volume";
    /** On the record container: epoch milliseconds of the cache's last save. */
    public static final String CACHE_USED = "io.jenkins.drone.cache.used";
    /** On the record container: the cache's size in bytes at its last save. */
    public static final String CACHE_SIZE = "io.jenkins.drone.cache.size";

    private Labels() {}

    /** The labels of a resource of {@code run} that belongs to {@code step}. */
    public static Map<String, String> of(RunSpec run, String step) {
        Map<String, String> labels = new LinkedHashMap<>(run.extraLabels());
        labels.put(RUN, run.runId());
        labels.put(STEP, step);
        labels.put(EXPIRES, Long.toString(run.expiresEpochSeconds()));
        return labels;
    }
}
