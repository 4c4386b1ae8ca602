package io.jenkins.plugins.drone.jenkins.remoting;

import hudson.remoting.Callable;
import io.jenkins.plugins.drone.engine.docker.DockerProbe;
import java.io.IOException;

/**
 * Asks the Docker engine of the node it runs on for its version: proves the agent can reach Docker
 * (the "Test connection" button of {@code DockerHostProperty}) and loads the engine classes there early.
 */
public final class DockerVersionCallable implements Callable<String, IOException> {

    private static final long serialVersionUID = 1L;

    private final String dockerHost;

    /** @param dockerHost the node's Docker host, or null/blank for the default socket */
    public DockerVersionCallable(String dockerHost) {
        this.dockerHost = dockerHost;
    }

    @Override
    public String call() throws IOException {
        return DockerProbe.describe(dockerHost);
    }
}
