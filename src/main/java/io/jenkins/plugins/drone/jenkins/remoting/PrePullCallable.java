package io.jenkins.plugins.drone.jenkins.remoting;

import hudson.remoting.Callable;
import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import io.jenkins.plugins.drone.engine.docker.ImageWarmer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pre-pulls, on the node it is sent to, the images its next builds will likely use, within a time budget
 * ({@link ImageWarmer}), with its own Docker client; returns one outcome per image.
 */
public final class PrePullCallable implements Callable<List<String>, IOException> {

    private static final long serialVersionUID = 1L;

    private final String dockerHost;
    private final ArrayList<String> images;
    private final long budgetMillis;

    public PrePullCallable(String dockerHost, List<String> images, long budgetMillis) {
        this.dockerHost = dockerHost;
        this.images = new ArrayList<>(images);
        this.budgetMillis = budgetMillis;
    }

    @Override
    public List<String> call() throws IOException {
        try (DockerContainerEngine engine = DockerContainerEngine.connect(dockerHost)) {
            return new ArrayList<>(ImageWarmer.warm(engine, images, budgetMillis));
        }
    }
}
