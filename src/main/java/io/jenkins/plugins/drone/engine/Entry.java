package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** The scheduler's mutable record of one pipeline entry; changed on the scheduler thread only, except where volatile. */
final class Entry {

    /** Where an entry is in its life. */
    enum Phase { WAITING, QUEUED, RUNNING, DONE }

    final StepPlan plan;
    Phase phase = Phase.WAITING;
    /** Dependencies may go on: finished, skipped, or (detached) started. */
    boolean returned;
    StepStatus status = StepStatus.PENDING;
    int exitCode;
    long startedMillis;
    long finishedMillis;
    StepFigures figures = StepFigures.none(0);
    String message = "";
    /** A container created ahead of time, and the live state its environment assumed. */
    CompletableFuture<String> precreated;
    String precreatedFor;
    volatile String containerId;
    /** The caller already knows that the entry started (a resumed run): its start is not announced again. */
    boolean startAnnounced;
    volatile boolean timedOut;
    /** Why a detached entry never became healthy, set by {@link ReadinessWait} before it kills the container. */
    volatile String notReady;
    /** A detached entry passed its health check (or has none), set by {@link ReadinessWait}. */
    volatile boolean healthy;
    /** The pending step timeout, cancelled when the entry ends so a late timer cannot mark it killed. */
    volatile Future<?> timeout;

    Entry(StepPlan plan) {
        this.plan = plan;
    }

    String name() {
        return plan.name();
    }

    StepResult result() {
        return new StepResult(name(), plan.number(), status, exitCode, startedMillis, finishedMillis,
                figures.with(finishedMillis > 0 ? finishedMillis - startedMillis : 0, exitCode), message);
    }
}
