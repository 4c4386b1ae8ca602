package io.jenkins.plugins.drone.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Creates the container of the entry that will follow a running one while it runs, so creating is off the
 * critical path. The environment assumes the live state stays as it is; if the state has changed when the
 * entry becomes ready (a failure happened), the container is thrown away and created again. Scheduler
 * thread only.
 */
final class AheadCreator {

    private final RunContext run;
    private final PipelineState state;

    AheadCreator(RunContext run, PipelineState state) {
        this.run = run;
        this.state = state;
    }

    /** The container created ahead for this entry if the live state is still what it assumed, else null. */
    CompletableFuture<String> take(Entry entry) {
        CompletableFuture<String> future = entry.precreated;
        entry.precreated = null;
        if (future != null && !state.liveKey().equals(entry.precreatedFor)) {
            future.thenAccept(run::removeLater);
            return null;
        }
        return future;
    }

    /** Creates the containers of entries that wait only for {@code running} and would run if it succeeds. */
    void createFollowers(Entry running, List<Entry> entries, Map<String, Entry> byName) {
        for (Entry next : entries) {
            if (next.phase != Entry.Phase.WAITING || next.precreated != null || next.plan.image() == null
                    || !next.plan.dependsOn().contains(running.name())
                    || state.skipReason(next.plan, run.cloneEnabled()) != null || !run.caches().resolved()) {
                continue;
            }
            boolean waitsOnlyForRunning = next.plan.dependsOn().stream().map(byName::get)
                    .allMatch(d -> d == null || d == running || d.returned);
            if (waitsOnlyForRunning) {
                ContainerSpec spec = run.containerSpec(next, state);
                next.precreatedFor = state.liveKey();
                next.precreated = CompletableFuture.supplyAsync(
                        () -> run.engine().create(run.resources(), spec, run::warn), run.threads().workers());
            }
        }
    }
}
