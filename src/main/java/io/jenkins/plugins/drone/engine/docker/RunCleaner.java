package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.jenkins.plugins.drone.engine.Labels;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
        retryWhileInUse(() -> {
            Round round = new Round();
            removeContainers(filter, round);
            removeVolumes(filter, round);
            removeNetworks(filter, round);
            return round;
        });
    }

    /** What one round of removals found, and whether any of them failed. */
    private static final class Round {
        boolean found;
        boolean failed;

        void removed(Runnable removal) {
            found = true;
            try {
                removal.run();
            } catch (RuntimeException e) {
                failed = true; // one resource that will not go must not keep the others
            }
        }
    }

    private void removeContainers(String filter, Round round) {
        try {
            List<Container> containers = docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(List.of(filter)).exec();
            round.found |= !containers.isEmpty();
            removeInParallel(containers);
        } catch (RuntimeException e) {
            round.failed = true; // go on with volumes and networks; the next round or the janitor retries
        }
    }

    private void removeVolumes(String filter, Round round) {
        var volumes = docker.listVolumesCmd().withFilter("label", List.of(filter)).exec().getVolumes();
        if (volumes != null) {
            volumes.forEach(v -> round.removed(() -> docker.removeVolumeCmd(v.getName()).exec()));
        }
    }

    private void removeNetworks(String filter, Round round) {
        docker.listNetworksCmd().withFilter("label", List.of(filter)).exec()
                .forEach(n -> round.removed(() -> docker.removeNetworkCmd(n.getId()).exec()));
    }

    /**
     * A volume or network stays in use for a moment while the daemon finishes removing a container, so removal
     * is checked and retried for a few seconds; what still remains is left to the janitor. Rounds go on until one
     * finds nothing; the first is followed by a pause only if a removal failed in it (pausing after every round
     * cost a quarter second per run), later ones always.
     */
    private static void retryWhileInUse(Supplier<Round> removeAll) {
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            try {
                Round round = removeAll.get();
                if (!round.found) {
                    return;
                }
                if (round.failed || attempt > 0) {
                    Thread.sleep(RETRY_PAUSE_MILLIS);
                }
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

}
