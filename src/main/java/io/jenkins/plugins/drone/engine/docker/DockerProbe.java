package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import java.io.IOException;

/** Checks that a Docker host answers, and says which engine it is. */
public final class DockerProbe {

    private DockerProbe() {}

    /**
     * "Docker 20.10.24 (API 1.41, linux/amd64)" for the engine at {@code host} (null/blank: the default).
     *
     * @throws IOException naming the host when it cannot be reached
     */
    public static String describe(String host) throws IOException {
        try (DockerClient docker = DockerClients.create(host)) {
            Version version = docker.versionCmd().exec();
            return "Docker " + version.getVersion() + " (API " + version.getApiVersion() + ", "
                    + version.getOperatingSystem() + "/" + version.getArch() + ")";
        } catch (RuntimeException e) {
            throw new IOException("Cannot reach Docker at "
                    + (host == null || host.isBlank() ? DockerClients.DEFAULT_HOST : host) + ": " + e.getMessage(), e);
        }
    }
}
