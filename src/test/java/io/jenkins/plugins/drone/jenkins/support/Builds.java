package io.jenkins.plugins.drone.jenkins.support;

import hudson.model.Computer;
import hudson.model.Executor;
import hudson.model.Hudson;
import hudson.model.Run;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Waiting for and acting on running builds in integration tests. */
public final class Builds {

    private Builds() {}

    /** Polls {@code condition} every 100 ms until it holds or {@code seconds} pass. */
    public static void await(String what, int seconds, BooleanSupplier condition) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("timed out after " + seconds + " s waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Waits until the named step of the named pipeline is running. */
    public static void awaitStepRunning(DronePipelineBuild build, String pipeline, String step, int seconds) throws Exception {
        await(pipeline + ":" + step + " running", seconds, () -> {
            PipelineRecord record = build.pipeline(pipeline);
            StepRecord s = record == null ? null : record.step(step);
            return s != null && "running".equals(s.getStatus());
        });
    }

    /** Presses "stop" on a running build: interrupts the executor (one-off or regular) running it. */
    public static void abort(Run<?, ?> build) {
        for (Computer computer : Hudson.getInstance().getComputers()) {
            List<Executor> executors = new ArrayList<>(computer.getExecutors());
            executors.addAll(computer.getOneOffExecutors());
            for (Executor executor : executors) {
                if (executor.getCurrentExecutable() == build) {
                    executor.interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException(build + " is not running on any executor");
    }
}
