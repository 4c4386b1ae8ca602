package io.jenkins.plugins.drone.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads of one run: workers that run containers, one timer for timeouts, one reaper that removes
 * finished containers in the background; and the order in which they stop when the run ends.
 */
final class RunThreads {

    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("drone-step"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("drone-timer"));
    private final ThreadPoolExecutor reaper = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), daemon("drone-reaper"));

    /** Where tasks and containers created ahead run. */
    ExecutorService workers() {
        return workers;
    }

    /** Runs {@code action} once after {@code millis} (at once when not positive), unless the run has ended. */
    Future<?> afterMillis(long millis, Runnable action) {
        return timers.schedule(action, Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code removal} in the background, one at a time. */
    void reap(Runnable removal) {
        reaper.execute(removal);
    }

    /**
     * Stops the timers; removals still queued are dropped, as {@code destroy} removes every container of the
     * run at once, faster; the one in progress is let finish (interrupting it would leave the daemon removing a
     * container that still holds the volumes). Then {@code destroy} runs, and last the workers stop.
     */
    void shutdown(Runnable destroy) {
        timers.shutdownNow();
        reaper.getQueue().clear();
        reaper.shutdown();
        try {
            reaper.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        destroy.run();
        workers.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
