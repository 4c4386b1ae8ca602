package io.jenkins.plugins.drone.jenkins.support;

import java.util.concurrent.TimeUnit;

/** Waits for a condition in integration tests, polling it, instead of sleeping for a fixed time. */
public final class Waits {

    /** A condition that may throw while it is checked. */
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Waits() {}

    /** Returns once {@code condition} holds; fails with {@code what} after {@code seconds}. */
    public static void until(String what, long seconds, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
