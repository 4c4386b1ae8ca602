package io.jenkins.plugins.drone.jenkins.remoting;

import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Docker engines of the JVM these calls run in (an agent, or the controller for its own builds), one per
 * Docker host and kept for the JVM's life: every pipeline run on a node shares one client and one connection
 * pool, instead of building a client per run.
 */
final class AgentEngines {

    private static final Map<String, DockerContainerEngine> ENGINES = new ConcurrentHashMap<>();

    private AgentEngines() {}

    /** The engine for {@code dockerHost} (null/blank: DOCKER_HOST or the local socket), made on first use. */
    static DockerContainerEngine of(String dockerHost) {
        return ENGINES.computeIfAbsent(dockerHost == null ? "" : dockerHost.trim(), DockerContainerEngine::connect);
    }
}
