package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AuthConfig;
import io.jenkins.plugins.drone.engine.EngineException;
import io.jenkins.plugins.drone.engine.RegistryAuth;
import io.jenkins.plugins.drone.engine.ContainerSpec.Pull;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Makes an image available as its resolved pull policy says. A pull that fails while the image exists locally only warns: agents
 * without registry access keep working with the images they have. Each image is settled once per run.
 */
final class ImagePuller {

    private final DockerClient docker;
    private final Map<String, Boolean> settled = new ConcurrentHashMap<>();

    ImagePuller(DockerClient docker) {
        this.docker = docker;
    }

    /**
     * Settles the image once per run; returns how long the caller waited for it (the pull policy check and a
     * pull, or another step's pull of the same image in progress).
     */
    long ensure(String runId, String image, Pull policy, RegistryAuth auth, Consumer<String> warnings) {
        long start = System.nanoTime();
        settled.computeIfAbsent(runId + " " + image, k -> {
            settle(image, policy, auth, warnings);
            return true;
        });
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Forgets what was settled for a run, when it ends. */
    void forget(String runId) {
        settled.keySet().removeIf(k -> k.startsWith(runId + " "));
    }

    private void settle(String image, Pull policy, RegistryAuth auth, Consumer<String> warnings) {
        boolean present = exists(image);
        boolean pull = switch (policy) {
            case ALWAYS -> true;
            case NEVER -> false;
            case IF_MISSING -> !present;
        };
        if (!pull) {
            return;
        }
        try {
            pull(image, auth, Long.MAX_VALUE);
        } catch (RuntimeException e) {
            if (!present) {
                throw new EngineException("cannot pull image " + image + ": " + e.getMessage(), e);
            }
            warnings.accept("cannot pull image " + image + " (" + e.getMessage() + "); using the local copy");
        }
    }

    boolean exists(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Pulls the image, giving up (and closing the pull's stream) after {@code timeoutMillis}. */
    void pull(String image, RegistryAuth auth, long timeoutMillis) {
        var cmd = docker.pullImageCmd(image);
        if (!image.contains("@") && tagOf(image) == null) {
            cmd.withTag("latest");
        }
        if (auth != null) {
            cmd.withAuthConfig(new AuthConfig().withRegistryAddress(auth.registry())
                    .withUsername(auth.username()).withPassword(auth.password()));
        }
        try (PullImageResultCallback callback = cmd.exec(new PullImageResultCallback())) {
            if (!callback.awaitCompletion(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new EngineException("pulling " + image + " took longer than " + timeoutMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while pulling " + image, e);
        } catch (java.io.IOException e) {
            throw new EngineException("cannot pull image " + image + ": " + e.getMessage(), e);
        }
    }

    /** The tag of a reference, or null; a colon before the last slash is a registry port, not a tag. */
    static String tagOf(String image) {
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(colon + 1) : null;
    }
}
