package io.jenkins.plugins.drone.jenkins.remoting;

import hudson.remoting.Callable;
import io.jenkins.plugins.drone.engine.docker.DockerJanitor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes, on the node it is sent to, the Docker leftovers of this controller's pipeline runs that are no
 * longer alive (agent lost mid-build, controller restarted). Only resources carrying this controller's
 * label are looked at. Returns the run ids it cleaned.
 */
public final class JanitorCallable implements Callable<List<String>, IOException> {

    private static final long serialVersionUID = 1L;

    private final String dockerHost;
    private final HashMap<String, String> scope;
    private final HashSet<String> liveRunIds;
    private final long cacheLimitBytes;

    public JanitorCallable(String dockerHost, Map<String, String> scope, Set<String> liveRunIds) {
        this(dockerHost, scope, liveRunIds, 0);
    }

    /**
     * Also removes the node's caches whose run died before saving them, and evicts caches above
     * {@code cacheLimitBytes} (0: no limit; docs/pipelines.md#caches).
     */
    public JanitorCallable(String dockerHost, Map<String, String> scope, Set<String> liveRunIds, long cacheLimitBytes) {
        this.dockerHost = dockerHost;
        this.scope = new HashMap<>(scope);
        this.liveRunIds = new HashSet<>(liveRunIds);
        this.cacheLimitBytes = cacheLimitBytes;
    }

    @Override
    public List<String> call() throws IOException {
        try {
            List<String> removed = new ArrayList<>(DockerJanitor.sweep(dockerHost, scope, liveRunIds,
                    System.currentTimeMillis() / 1000));
            DockerJanitor.evictCaches(dockerHost, cacheLimitBytes).forEach(v -> removed.add("cache " + v));
            return removed;
        } catch (RuntimeException e) {
            throw new IOException("cannot sweep Docker leftovers: " + e.getMessage(), e);
        }
    }
}
