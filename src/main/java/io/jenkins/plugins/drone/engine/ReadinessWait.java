package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.engine.ContainerEngine.HealthReport;
import io.jenkins.plugins.drone.plan.StepKind;

/**
 * Waits on a worker thread until a started detached entry is healthy (docs/drone-semantics.md#service-readiness),
 * then lets its dependents go on. Polls the runtime's health state at half the check's interval, between 0.2 and
 * 2 seconds (2 when the interval is Docker's default): often enough that a step starts soon after its service is
 * ready, rarely enough to cost nothing. A
 * check that reports unhealthy ends the entry as failed with the last probe's output; {@link StepTask} fails a
 * container with a check that stops before it was healthy.
 */
final class ReadinessWait implements Runnable {

    private static final long MIN_POLL_MILLIS = 200;
    private static final long MAX_POLL_MILLIS = 2_000;

    private final EntryScheduler scheduler;
    private final Entry entry;
    private final String containerId;

    ReadinessWait(EntryScheduler scheduler, Entry entry, String containerId) {
        this.scheduler = scheduler;
        this.entry = entry;
        this.containerId = containerId;
    }

    @Override
    public void run() {
        RunContext run = scheduler.run();
        try {
            while (!scheduler.cancelled()) {
                HealthReport report = run.engine().health(containerId);
                switch (report.health()) {
                    case NONE, HEALTHY -> {
                        entry.healthy = true;
                        scheduler.post(() -> scheduler.becameReady(entry));
                        return;
                    }
                    case UNHEALTHY -> {
                        entry.notReady = run.mask(notHealthy(report.lastProbe()));
                        run.engine().kill(containerId);
                        return;
                    }
                    case EXITED -> {
                        return; // StepTask reports it when the container's end reaches it
                    }
                    case STARTING -> Thread.sleep(pollMillis(report));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (EngineException e) {
            entry.notReady = run.mask(notHealthy(e.getMessage()));
            run.engine().kill(containerId);
        }
    }

    /** "service mysql not healthy after 60 s: last probe said …". */
    private String notHealthy(String lastProbe) {
        long seconds = (System.currentTimeMillis() - entry.startedMillis) / 1000;
        return (entry.plan.kind() == StepKind.SERVICE ? "service " : "step ")
                + entry.name() + " not healthy after " + seconds + " s: last probe said "
                + (lastProbe.isEmpty() ? "nothing" : lastProbe);
    }

    private static long pollMillis(HealthReport report) {
        long half = report.intervalMillis() == 0 ? MAX_POLL_MILLIS : report.intervalMillis() / 2;
        return Math.max(MIN_POLL_MILLIS, Math.min(MAX_POLL_MILLIS, half));
    }
}
