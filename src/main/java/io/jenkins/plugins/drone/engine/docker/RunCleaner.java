package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.jenkins.plugins.drone.engine.Labels;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Removes everything labelled with one run id: containers (in parallel, killed first), then volumes, then
 * networks. Finds resources by label, not by memory, so it also cleans up after a crashed process. Never throws.
 */
final class RunCleaner {

    private static final int PARALLEL_REMOVALS = 8;
    private static final int RETRIES = 20;
    private static final long RETRY_PAUSE_MILLIS = 250;

    private final DockerClient docker;
    private final Consumer<String> removeContainer;

    RunCleaner(DockerClient docker, Consumer<String> removeContainer) {
        this.docker = docker;
        this.removeContainer = removeContainer;
    }

    void clean(String runId) {
        String filter = Labels.RUN + "=" + runId;
        // each round lists containers again: one created while the previous round ran (a step prepared ahead)
        // keeps the network in use until it is gone too
        retryWhileInUse(() -> removeContainers(filter) & removeVolumes(filter) & removeNetworks(filter));
    }

    /** Returns true when there was nothing to remove. */
    private boolean removeContainers(String filter) {
        try {
            List<Container> containers = docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(List.of(filter)).exec();
            removeInParallel(containers);
            return containers.isEmpty();
        } catch (RuntimeException e) {
            return false; // go on with volumes and networks; the next round or the janitor retries
        }
    }

    /** Returns true when nothing is left. */
    private boolean removeVolumes(String filter) {
        var volumes = docker.listVolumesCmd().withFilter("label", List.of(filter)).exec().getVolumes();
        if (volumes == null || volumes.isEmpty()) {
            return true;
        }
        volumes.forEach(v -> quietly(() -> docker.removeVolumeCmd(v.getName()).exec()));
        return false;
    }

    private boolean removeNetworks(String filter) {
        var networks = docker.listNetworksCmd().withFilter("label", List.of(filter)).exec();
        if (networks.isEmpty()) {
            return true;
        }
        networks.forEach(n -> quietly(() -> docker.removeNetworkCmd(n.getId()).exec()));
        return false;
    }

    /**
     * A volume or network stays in use for a moment while the daemon finishes removing a container, so removal
     * is checked and retried for a few seconds; what still remains is left to the janitor.
     */
    private static void retryWhileInUse(BooleanSupplier removeAllGone) {
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            try {
                if (removeAllGone.getAsBoolean()) {
                    return;
                }
                Thread.sleep(RETRY_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                return; // the daemon is unreachable: the janitor retries later
            }
        }
    }

    /**
     * Removes containers a few at a time: removal is mostly waiting on the daemon, and the common pool has a
     * single thread on a two-core agent.
     */
    private void removeInParallel(List<Container> containers) {
        if (containers.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(containers.size(), PARALLEL_REMOVALS));
        try {
            CompletableFuture.allOf(containers.stream()
                    .map(c -> CompletableFuture.runAsync(() -> removeContainer.accept(c.getId()), pool))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
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
