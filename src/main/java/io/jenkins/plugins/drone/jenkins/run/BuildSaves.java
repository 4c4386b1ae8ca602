package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.AbstractBuild;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Saves a running build's {@code build.xml} soon after its step records change, at most once per
 * {@link #DELAY_MILLIS} per build however many steps change meanwhile: what a resumed run starts from after the
 * controller died (the records, each step's {@link io.jenkins.plugins.drone.jenkins.records.LogMark}).
 */
final class BuildSaves {

    private static final Logger LOGGER = Logger.getLogger(BuildSaves.class.getName());
    static final long DELAY_MILLIS = 1000;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "drone-pipeline build saves");
        thread.setDaemon(true);
        return thread;
    });
    private static final Map<AbstractBuild<?, ?>, Boolean> PENDING = new ConcurrentHashMap<>();

    private BuildSaves() {}

    /**
     * Saves {@code build} within {@link #DELAY_MILLIS}, once for every change until then; not once it has ended
     * (Hudson saves a finished build itself) or its directory is gone (deleted meanwhile: a save would bring back a
     * {@code build.xml} nobody owns).
     */
    static void soon(AbstractBuild<?, ?> build) {
        if (PENDING.putIfAbsent(build, Boolean.TRUE) == null) {
            TIMER.schedule(() -> {
                PENDING.remove(build);
                if (build.isBuilding() && build.getRootDir().isDirectory()) {
                    now(build);
                }
            }, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs {@code task} once after {@code millis} on the same background thread (a grace period's end). */
    static void later(long millis, Runnable task) {
        TIMER.schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    /** Saves {@code build} now; a failure is logged, never thrown (the build goes on). */
    static void now(AbstractBuild<?, ?> build) {
        try {
            build.save();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Cannot save " + build.getFullDisplayName(), e);
        }
    }
}
