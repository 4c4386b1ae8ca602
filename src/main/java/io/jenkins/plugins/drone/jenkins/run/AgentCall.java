package io.jenkins.plugins.drone.jenkins.run;

import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.drone.jenkins.remoting.EngineJarPreloader;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One engine call on an agent, run asynchronously so that an interrupt is told apart: an aborted build cancels
 * the remote call (the engine kills the run's containers), a controller that is shutting down leaves it alone
 * (the containers keep running and the run is resumed later).
 */
final class AgentCall {

    /** How long one wait for the result lasts before the next. */
    private static final long WAIT_SECONDS = 5;

    private AgentCall() {}

    /**
     * Runs {@code callable} on {@code channel} and returns its result; whatever ended the call otherwise is an
     * IOException with its cause (a lost connection is a RequestAbortedException in Hudson 1.395, a runtime one).
     */
    static String run(VirtualChannel channel, Callable<String, IOException> callable)
            throws IOException, InterruptedException {
        EngineJarPreloader.preload(channel, callable);
        Future<String> call = channel.callAsync(callable);
        try {
            return result(call);
        } catch (InterruptedException e) {
            if (!ControllerShutdown.underway()) {
                call.cancel(true);
            }
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
        }
    }

    /**
     * Waits for the result in timed waits: remoting's untimed {@code get()} cancels the remote call itself when the
     * waiting thread is interrupted (Hudson 1.395 does), and an executor interrupted because the controller is going
     * down must leave it running.
     */
    static String result(Future<String> call) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return call.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // still running
            }
        }
    }
}
