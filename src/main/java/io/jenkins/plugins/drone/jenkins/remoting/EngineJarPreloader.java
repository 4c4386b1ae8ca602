package io.jenkins.plugins.drone.jenkins.remoting;

import hudson.remoting.Channel;
import hudson.remoting.VirtualChannel;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Ships the plugin's jar (engine, docker-java, JGit, Jackson) to an agent in one transfer the first time a
 * pipeline runs there, instead of letting remoting fetch thousands of classes one request at a time; the
 * first build on a fresh agent then starts in about the time of later ones.
 */
public final class EngineJarPreloader {

    private static final Map<Channel, Boolean> PRELOADED = Collections.synchronizedMap(new WeakHashMap<>());

    private EngineJarPreloader() {}

    /** Preloads the jar behind {@code callable} over {@code channel} once; a local channel needs nothing. */
    public static void preload(VirtualChannel channel, RunPipelineCallable callable) throws IOException, InterruptedException {
        if (channel instanceof Channel remote && PRELOADED.putIfAbsent(remote, Boolean.TRUE) == null) {
            remote.preloadJar(callable, RunPipelineCallable.class);
        }
    }
}
