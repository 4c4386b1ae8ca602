package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.ErrorPolicy;
import io.jenkins.plugins.drone.plan.StepKind;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Decides when each entry of a run becomes ready, is skipped, starts and has ended (docs/drone-semantics.md#run-policy): the
 * DAG, run policies judged against the live pipeline state, detach, exit 78,
 * {@code failure: ignore|fast}, step timeouts and cancel. Every decision happens on the thread that calls
 * {@link #runToEnd()}; workers only run containers and {@link #post} back what happened.
 */
final class EntryScheduler {

    private final RunContext run;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private final PipelineState state = new PipelineState();
    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final AheadCreator ahead;

    EntryScheduler(RunContext run) {
        this.run = run;
        this.ahead = new AheadCreator(run, state);
        for (StepPlan step : run.pipeline().steps()) {
            Entry entry = new Entry(step);
            entries.add(entry);
            byName.put(step.name(), entry);
        }
    }

    RunContext run() {
        return run;
    }

    /** The entries in plan order, for {@link RunAdoption} before {@link #runToEnd()}. */
    List<Entry> entries() {
        return entries;
    }

    /** Stops the run from any thread: running containers are killed, entries not started are skipped. */
    synchronized void cancel(String reason) {
        if (state.cancelReason == null) {
            state.cancelReason = reason;
            inbox.add(() -> killRunning(e -> true));
        }
    }

    boolean cancelled() {
        return state.cancelled();
    }

    String cancelReason() {
        return state.cancelReason;
    }

    /** Stops deciding, from any thread, and leaves every container as it is ({@link PipelineRun#abandon()}). */
    void abandon() {
        run.abandon();
        inbox.add(() -> { });
    }

    /** Runs every entry to its end, then stops the detached ones; returns early when abandoned. */
    void runToEnd() {
        scheduleReady();
        while (!run.abandoned() && !entries.stream().allMatch(e -> e.returned)) {
            processNext();
            scheduleReady();
        }
        // detached entries have returned but keep running; wait for the others to end
        while (!run.abandoned()
                && entries.stream().anyMatch(e -> e.phase == Entry.Phase.RUNNING && !e.plan.policies().detach())) {
            processNext();
        }
        if (!run.abandoned()) {
            stopDetached();
        }
    }

    /** The engine failed: every entry that has not ended ends with its message, as an error. */
    void failAll(String message) {
        entries.stream().filter(en -> en.phase != Entry.Phase.DONE).forEach(en -> finish(en, StepStatus.ERROR, 255, message));
    }

    /** Whether every entry has ended and the pipeline succeeded (a cancelled run never does). */
    boolean succeeded() {
        return entries.stream().allMatch(e -> e.phase == Entry.Phase.DONE) && state.finalStatus(false) == StepStatus.SUCCESS;
    }

    /** Ends what never ran and reports how the pipeline ended; an abandoned run is still running. */
    PipelineResult result() {
        if (run.abandoned()) {
            return new PipelineResult(run.pipeline().name(), StepStatus.RUNNING, run.startedMillis(),
                    System.currentTimeMillis(), entries.stream().map(Entry::result).toList());
        }
        boolean killedOthers = entries.stream().anyMatch(e -> e.status == StepStatus.KILLED
                || (e.status == StepStatus.SKIPPED && state.cancelled() && e.message.equals(state.cancelReason)));
        for (Entry entry : entries) {
            if (entry.phase != Entry.Phase.DONE) {
                finish(entry, state.cancelled() ? StepStatus.SKIPPED : StepStatus.ERROR, 0,
                        state.cancelled() ? state.cancelReason : "never ran");
            }
        }
        StepStatus status = state.finalStatus(killedOthers);
        long now = System.currentTimeMillis();
        String pipeline = run.pipeline().name();
        run.emit(new PipelineEvent.PipelineFinished(pipeline, status, now));
        return new PipelineResult(pipeline, status, run.startedMillis(), now, entries.stream().map(Entry::result).toList());
    }

    /** Applies the next outcome a worker posted; an interrupt of the calling thread cancels the run. */
    private void processNext() {
        try {
            inbox.take().run();
        } catch (InterruptedException e) {
            cancel("interrupted");
        }
    }

    private void scheduleReady() {
        if (run.abandoned()) {
            return;
        }
        for (Entry entry : entries) {
            if (entry.phase == Entry.Phase.WAITING && dependenciesReturned(entry)) {
                becomeReady(entry);
            }
        }
        for (Entry entry : entries) {
            if (entry.phase == Entry.Phase.QUEUED) {
                launch(entry);
            }
        }
    }

    private boolean dependenciesReturned(Entry entry) {
        return entry.plan.dependsOn().stream().map(byName::get).allMatch(d -> d == null || d.returned);
    }

    /** Judges an entry when its dependencies have returned (docs/drone-semantics.md#run-policy). */
    private void becomeReady(Entry entry) {
        String skip = state.skipReason(entry.plan, run.cloneEnabled());
        if (skip != null) {
            finish(entry, StepStatus.SKIPPED, 0, skip);
        } else {
            entry.phase = Entry.Phase.QUEUED;
        }
    }

    private void launch(Entry entry) {
        entry.phase = Entry.Phase.RUNNING;
        entry.status = StepStatus.RUNNING;
        if (entry.plan.kind() == StepKind.CLONE || entry.plan.image() == null) {
            run.threads().workers().execute(new CloneTask(this, entry));
            return;
        }
        ContainerSpec spec = run.containerSpec(entry, state);
        run.threads().workers().execute(new StepTask(this, entry, spec, ahead.take(entry)));
        if (!entry.plan.policies().detach()) {
            ahead.createFollowers(entry, entries, byName);
        }
    }

    // ---- called by tasks, on worker threads ----

    /**
     * An entry's container (or the clone) has started, and is announced unless the caller knew already: its
     * timeout runs from its start; a detached one has returned, or returns once healthy
     * (docs/drone-semantics.md#service-readiness).
     */
    void started(Entry entry) {
        if (!entry.startAnnounced) {
            run.emit(new PipelineEvent.StepStarted(entry.name(), entry.plan.number(), entry.startedMillis));
        }
        long timeout = entry.plan.policies().timeoutSeconds() * 1000;
        if (timeout > 0) {
            long left = timeout - (System.currentTimeMillis() - entry.startedMillis);
            entry.timeout = run.threads().afterMillis(left, () -> timeOut(entry));
        }
        StepPlan.Readiness readiness = entry.plan.policies().readiness();
        if (readiness == StepPlan.Readiness.STARTED) {
            post(() -> returned(entry));
        } else if (readiness != StepPlan.Readiness.ENDED) {
            run.threads().workers().execute(new ReadinessWait(this, entry, entry.containerId));
        }
    }

    /** A detached entry passed its health check (or has none): its dependents may start. */
    void becameReady(Entry entry) {
        if (entry.phase == Entry.Phase.RUNNING) {
            returned(entry);
        }
    }

    /** A task's outcome is applied on the scheduler thread. */
    void post(Runnable action) {
        inbox.add(action);
    }

    private void timeOut(Entry entry) {
        String id = entry.containerId;
        if (id != null) {
            entry.timedOut = true;
            run.engine().kill(id);
        }
    }

    // ---- scheduler thread ----

    private void returned(Entry entry) {
        entry.returned = true;
    }

    /** Applies how an entry ended: its status, the pipeline state, exit 78 and failure: fast. */
    void ended(Entry entry, StepStatus status, int exitCode, String message) {
        finish(entry, status, exitCode, message);
        followUp(entry);
    }

    /** An entry that had ended before the run was resumed: its end counts as before, without being reported again. */
    void restore(Entry entry, StepStatus status, int exitCode) {
        settle(entry, status, exitCode, "");
        followUp(entry);
    }

    /** What an entry's end means for the rest: exit 78 ends the pipeline early, failure: fast cancels it. */
    private void followUp(Entry entry) {
        if (entry.exitCode == 78 && entry.status == StepStatus.SUCCESS) {
            state.exitedEarly = true;
        }
        if (entry.status == StepStatus.FAILURE && entry.plan.policies().errorPolicy() == ErrorPolicy.FAIL_FAST) {
            state.failedFast = true;
            cancel("cancelled by failure: fast of " + entry.name());
        }
    }

    private void finish(Entry entry, StepStatus status, int exitCode, String message) {
        settle(entry, status, exitCode, message);
        run.emit(PipelineEvent.StepFinished.of(entry.result()));
    }

    private void settle(Entry entry, StepStatus status, int exitCode, String message) {
        if (entry.timeout != null) {
            entry.timeout.cancel(false);
        }
        entry.phase = Entry.Phase.DONE;
        entry.returned = true;
        entry.status = status;
        entry.exitCode = exitCode;
        entry.message = message == null ? "" : message;
        if (entry.startedMillis > 0) {
            entry.finishedMillis = System.currentTimeMillis();
        }
        state.recordEnd(entry);
    }

    /** Kills the running containers of the matching entries, all at once: a cancel must be quick. */
    private void killRunning(Predicate<Entry> which) {
        for (Entry entry : entries) {
            String id = entry.containerId;
            if (entry.phase == Entry.Phase.RUNNING && id != null && which.test(entry)) {
                run.threads().workers().execute(() -> run.engine().kill(id));
            }
        }
    }

    /** Detached entries run until the pipeline ends; then they are stopped and count as successful. */
    private void stopDetached() {
        List<Entry> detached = entries.stream()
                .filter(e -> e.phase == Entry.Phase.RUNNING && e.plan.policies().detach()).toList();
        killRunning(e -> e.plan.policies().detach());
        while (detached.stream().anyMatch(e -> e.phase != Entry.Phase.DONE)) {
            try {
                Runnable action = inbox.poll(10, TimeUnit.SECONDS);
                if (action == null) {
                    break;
                }
                action.run();
            } catch (InterruptedException e) {
                break;
            }
        }
    }
}
