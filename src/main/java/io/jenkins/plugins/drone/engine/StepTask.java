package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Runs one container entry on a worker thread: create (or take the container created ahead), start, stream
 * its log, wait, collect figures, and post the outcome to the scheduler. Engine failures become status
 * {@code error}, exit 255, with the engine's message.
 */
final class StepTask implements Runnable {

    private static final int ENGINE_ERROR = 255;
    private static final int KILLED = 137;

    private final EntryScheduler scheduler;
    private final RunContext run;
    private final Entry entry;
    private final ContainerSpec spec;
    private final CompletableFuture<String> precreated;
    /** The entry's container was started by an earlier engine instance: it is followed, not created. */
    private final boolean adopted;

    StepTask(EntryScheduler scheduler, Entry entry, ContainerSpec spec, CompletableFuture<String> precreated) {
        this(scheduler, entry, spec, precreated, false);
    }

    private StepTask(EntryScheduler scheduler, Entry entry, ContainerSpec spec, CompletableFuture<String> precreated,
                     boolean adopted) {
        this.scheduler = scheduler;
        this.run = scheduler.run();
        this.entry = entry;
        this.spec = spec;
        this.precreated = precreated;
        this.adopted = adopted;
    }

    /** Follows the container of {@code entry} ({@link Entry#containerId}, started at its start time) to its end. */
    static StepTask adopted(EntryScheduler scheduler, Entry entry) {
        return new StepTask(scheduler, entry, null, null, true);
    }

    @Override
    public void run() {
        ContainerEngine engine = run.engine();
        try {
            String id = adopted ? entry.containerId : container(engine);
            if (!adopted && !start(engine, id)) {
                return;
            }
            scheduler.started(entry);
            if (scheduler.cancelled()) {
                engine.kill(id); // cancel() may have looked before the container id was known
            }
            engine.streamLogs(id, (line, continues) -> run.log(entry, line, continues));
            ContainerEngine.ContainerExit exit = engine.await(id);
            entry.figures = engine.figures(id);
            boolean stoppedUnready = waitsForHealth() && !entry.healthy
                    && engine.health(id).health() == ContainerEngine.Health.EXITED;
            if (!entry.plan.policies().detach()) {
                run.removeLater(id);
            }
            scheduler.post(() -> judge(exit, stoppedUnready));
        } catch (EngineException e) {
            scheduler.post(() -> scheduler.ended(entry, StepStatus.ERROR, ENGINE_ERROR, e.getMessage()));
        } catch (RuntimeException e) {
            scheduler.post(() -> scheduler.ended(entry, StepStatus.ERROR, ENGINE_ERROR, "unexpected: " + e));
        }
    }

    /** Starts the container, unless the run was cancelled before: then the entry is skipped and false returned. */
    private boolean start(ContainerEngine engine, String id) {
        entry.containerId = id;
        if (scheduler.cancelled()) {
            scheduler.post(() -> scheduler.ended(entry, StepStatus.SKIPPED, 0, "cancelled before it started"));
            return false;
        }
        entry.startedMillis = System.currentTimeMillis();
        engine.start(id);
        return true;
    }

    private String container(ContainerEngine engine) {
        if (precreated != null) {
            try {
                return precreated.get();
            } catch (ExecutionException e) {
                // creating ahead failed; creating now reports the error properly
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("interrupted while creating the container", e);
            }
        }
        return engine.create(run.resources(), spec, run::warn);
    }

    /**
     * A detached entry succeeds when stopped at the end, unless it never became healthy: its check failed, or it
     * stopped on its own before it was ready (docs/drone-semantics.md#service-readiness).
     */
    private void judgeDetached(int code, boolean stoppedUnready) {
        if (entry.notReady != null) {
            scheduler.ended(entry, StepStatus.FAILURE, code, entry.notReady);
        } else if (stoppedUnready && !entry.returned && !scheduler.cancelled()) {
            scheduler.ended(entry, StepStatus.FAILURE, code, entry.name() + " stopped before it was healthy (exit code "
                    + code + ")");
        } else {
            scheduler.ended(entry, StepStatus.SUCCESS, 0, "");
        }
    }

    private boolean waitsForHealth() {
        StepPlan.Readiness readiness = entry.plan.policies().readiness();
        return readiness == StepPlan.Readiness.HEALTHY || readiness == StepPlan.Readiness.IMAGE_HEALTHY;
    }

    /** Runs on the scheduler thread, which owns the pipeline state. */
    private void judge(ContainerEngine.ContainerExit exit, boolean stoppedUnready) {
        int code = exit.exitCode();
        if (entry.plan.policies().detach()) {
            judgeDetached(code, stoppedUnready);
        } else if (entry.timedOut) {
            scheduler.ended(entry, StepStatus.KILLED, KILLED,
                    "timed out after " + entry.plan.policies().timeoutSeconds() + " s");
        } else if (code != 0 && scheduler.cancelled()) {
            scheduler.ended(entry, StepStatus.KILLED, code, scheduler.cancelReason());
        } else if (exit.oomKilled()) {
            scheduler.ended(entry, StepStatus.ERROR, code, "the container ran out of memory and was killed (OOM)");
        } else if (code == 0 || code == 78) {
            scheduler.ended(entry, StepStatus.SUCCESS, code, code == 78 ? "exit code 78: the pipeline ends here" : "");
        } else {
            scheduler.ended(entry, StepStatus.FAILURE, code, "");
        }
    }
}
