package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.engine.ContainerEngine.ContainerState;
import io.jenkins.plugins.drone.engine.ResumePoint.StepProgress;
import io.jenkins.plugins.drone.plan.StepKind;
import java.util.Map;

/**
 * Takes a resumed run's entries up as an earlier engine instance left them, before the scheduler goes on
 * (docs/architecture.md#durable-runs-engine): entries the caller recorded as ended stay ended; a container that runs
 * or has exited is followed to its end; a container only created ahead is removed and its entry runs afresh; an
 * entry recorded as running whose container is gone ends {@code error}; the clone, which ran in the dead process,
 * runs again. Scheduler thread only.
 */
final class RunAdoption {

    private final EntryScheduler scheduler;
    private final RunContext run;

    private RunAdoption(EntryScheduler scheduler) {
        this.scheduler = scheduler;
        this.run = scheduler.run();
    }

    /**
     * Restores the ended entries, adopts the run's network and volumes (throws {@link EngineException} when they
     * are gone, after which every open entry fails), then takes up each open entry.
     */
    static void takeUp(EntryScheduler scheduler, ResumePoint from) {
        RunAdoption adoption = new RunAdoption(scheduler);
        for (Entry entry : scheduler.entries()) {
            StepProgress progress = from.of(entry.name());
            if (progress.ended()) {
                scheduler.restore(entry, progress.status(), progress.exitCode());
            }
        }
        adoption.run.adopt();
        Map<String, String> containers = adoption.run.engine().containersOf(adoption.run.resources());
        for (Entry entry : scheduler.entries()) {
            adoption.takeUp(entry, from.of(entry.name()), containers.get(entry.name()));
        }
    }

    private void takeUp(Entry entry, StepProgress progress, String containerId) {
        if (progress.ended()) {
            if (containerId != null) {
                run.removeLater(containerId);
            }
            return;
        }
        ContainerState state = containerId == null ? ContainerState.MISSING : run.engine().state(containerId);
        switch (state.condition()) {
            case RUNNING, EXITED -> follow(entry, containerId, state, progress.status() == StepStatus.RUNNING);
            case CREATED -> run.removeLater(containerId);
            case MISSING -> {
                boolean inProcess = entry.plan.kind() == StepKind.CLONE || entry.plan.image() == null;
                if (progress.status() == StepStatus.RUNNING && inProcess) {
                    entry.startAnnounced = true; // it runs again; the caller already knows it started
                } else if (progress.status() == StepStatus.RUNNING) {
                    scheduler.ended(entry, StepStatus.ERROR, 255, "the container of " + entry.name() + " in run "
                            + run.request().runId() + " is gone");
                }
            }
        }
    }

    /** The entry's container runs or has ended: it is followed from its start as if this engine had started it. */
    private void follow(Entry entry, String containerId, ContainerState state, boolean known) {
        entry.phase = Entry.Phase.RUNNING;
        entry.status = StepStatus.RUNNING;
        entry.containerId = containerId;
        entry.startedMillis = state.startedMillis() > 0 ? state.startedMillis() : System.currentTimeMillis();
        entry.startAnnounced = known;
        run.threads().workers().execute(StepTask.adopted(scheduler, entry));
    }
}
