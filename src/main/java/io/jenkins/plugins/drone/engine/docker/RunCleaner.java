package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.jenkins.plugins.drone.engine.Labels;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Removes everything labelled with one run id: containers (in parallel, killed first), then volumes, then
 * networks. Finds resources by label, not by memory, so it also cleans up after a crashed process. Never throws.
 */
final class RunCleaner {

    private final DockerClient docker;
    private final Consumer<String> removeContainer;

    RunCleaner(DockerClient docker, Consumer<String> removeContainer) {
        this.docker = docker;
        this.removeContainer = removeContainer;
    }

    void clean(String runId) {
        String filter = Labels.RUN + "=" + runId;
        try {
            List<Container> containers = docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(List.of(filter)).exec();
            CompletableFuture.allOf(containers.stream()
                    .map(c -> CompletableFuture.runAsync(() -> removeContainer.accept(c.getId())))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            // go on with volumes and networks; the janitor retries later
        }
        try {
            var volumes = docker.listVolumesCmd().withFilter("label", List.of(filter)).exec().getVolumes();
            if (volumes != null) {
                volumes.forEach(v -> quietly(() -> docker.removeVolumeCmd(v.getName()).exec()));
            }
        } catch (RuntimeException e) {
            // see above
        }
        try {
            docker.listNetworksCmd().withFilter("label", List.of(filter)).exec()
                    .forEach(n -> quietly(() -> docker.removeNetworkCmd(n.getId()).exec()));
        } catch (RuntimeException e) {
            // see above
        }
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            // one resource that will not go must not keep the others
        }
    }
}
