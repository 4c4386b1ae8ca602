package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.time.Duration;

/** Creates docker-java clients for a Docker host (unix socket or tcp), the one place that knows how. */
public final class DockerClients {

    /** The host used when neither the caller nor {@code DOCKER_HOST} names one. */
    public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    /**
     * Every running step holds three streaming connections (logs, wait, stats) until it ends, and services
     * hold theirs until the pipeline ends: a small pool would starve the next step's create/start while
     * they wait. Bounded all the same, so a runaway pipeline cannot exhaust the daemon's file descriptors.
     */
    static final int MAX_CONNECTIONS = 512;

    private DockerClients() {}

    /**
     * A client for {@code host}; null or blank means {@code DOCKER_HOST} from the environment, else the
     * local socket. TLS settings ({@code DOCKER_TLS_VERIFY}, {@code DOCKER_CERT_PATH}) come from the
     * environment.
     */
    public static DockerClient create(String host) {
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
        String resolved = host == null || host.isBlank() ? System.getenv("DOCKER_HOST") : host;
        builder.withDockerHost(resolved == null || resolved.isBlank() ? DEFAULT_HOST : resolved);
        DockerClientConfig config = builder.build();
        ZerodepDockerHttpClient http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(MAX_CONNECTIONS)
                .connectionTimeout(Duration.ofSeconds(10))
                .build();
        return DockerClientImpl.getInstance(config, http);
    }
}
