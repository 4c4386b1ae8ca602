package io.jenkins.plugins.drone.jenkins.remoting;

import hudson.model.Hudson;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The engine runs of this controller that are alive right now, and the label that marks every Docker
 * resource this controller creates, so a janitor removes only this controller's dead runs. A run cannot
 * start while a sweep is under way, so a sweep never mistakes a run that is just starting for a dead one.
 */
public final class LiveRuns {

    /** Label carrying the controller id on every container, network and volume. */
    public static final String CONTROLLER_LABEL = "io.jenkins.drone.controller";

    private static final Set<String> RUNS = ConcurrentHashMap.newKeySet();
    private static final ReadWriteLock SWEEP = new ReentrantReadWriteLock();
    private static volatile boolean complete;

    private LiveRuns() {}

    /** Something that sweeps with the set of live run ids. */
    @FunctionalInterface
    public interface Sweep<T, E extends Exception> {
        T run(Set<String> liveRunIds) throws E;
    }

    public static void started(String runId) {
        SWEEP.readLock().lock();
        try {
            RUNS.add(runId);
        } finally {
            SWEEP.readLock().unlock();
        }
    }

    /** Runs {@code sweep} with the live run ids; no run starts until it returns. */
    public static <T, E extends Exception> T sweeping(Sweep<T, E> sweep) throws E {
        SWEEP.writeLock().lock();
        try {
            return sweep.run(Set.copyOf(RUNS));
        } finally {
            SWEEP.writeLock().unlock();
        }
    }

    /**
     * From now on the set is complete: the runs of builds a restarted controller will resume have been added. Until
     * then a janitor must not sweep (a node can come online before the builds are loaded).
     */
    public static void complete() {
        complete = true;
    }

    /** Whether {@link #complete()} was called: a sweep now sees every run that must be kept. */
    public static boolean isComplete() {
        return complete;
    }

    public static void ended(String runId) {
        RUNS.remove(runId);
    }

    /** The janitor scope of this controller: its label and id. */
    public static Map<String, String> scope() {
        return Map.of(CONTROLLER_LABEL, controllerId());
    }

    /** A stable id of this controller, derived from its home directory. */
    public static String controllerId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    Hudson.getInstance().getRootDir().getAbsolutePath().getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).toString(36).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
