package io.jenkins.plugins.drone.engine.process;

import io.jenkins.plugins.drone.engine.EngineException;
import io.jenkins.plugins.drone.engine.LineSplitter;
import io.jenkins.plugins.drone.engine.LogSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One step's process on this machine, with the lifetime of a container: output (stdout and stderr together) read
 * line by line, and when the step ends, is killed or times out, every process it started is killed too. The tree is
 * taken from {@link ProcessHandle#descendants()} while the step runs (a child whose parent has ended is no longer a
 * descendant), so a backgrounded {@code sleep} dies with its step.
 */
final class HostProcess {

    /** How often the tree is looked at while the step runs. */
    private static final long WATCH_MILLIS = 100;
    /** How long output is still read after the step ended or was killed: held open by a stray process, it is cut. */
    private static final long TAIL_MILLIS = 3000;

    private final ProcessBuilder builder;
    private final Set<ProcessHandle> tree = ConcurrentHashMap.newKeySet();
    private final CountDownLatch outputEnded = new CountDownLatch(1);
    private volatile Process process;

    HostProcess(List<String> command, Map<String, String> env, Path workingDir) {
        builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
    }

    /** Starts the process with an empty standard input. */
    void start() {
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new EngineException("cannot start " + builder.command() + ": " + e.getMessage(), e);
        }
    }

    /** Sends the output to {@code lines} until it ends, or shortly after the step ended or was killed. */
    void streamLogs(LogSink lines) {
        Thread reader = new Thread(() -> read(process.getInputStream(), lines), "drone-exec-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        try {
            while (!process.waitFor(WATCH_MILLIS, TimeUnit.MILLISECONDS)) {
                remember();
            }
            killTree(); // what the step left running dies with it, as in a container
            outputEnded.await(TAIL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(InputStream output, LogSink lines) {
        LineSplitter splitter = new LineSplitter(lines);
        byte[] buffer = new byte[8192];
        try (output) {
            for (int n = output.read(buffer); n >= 0; n = output.read(buffer)) {
                splitter.accept(n == buffer.length ? buffer.clone() : Arrays.copyOf(buffer, n));
            }
        } catch (IOException e) {
            // the stream was closed because the step was killed
        } finally {
            splitter.flush();
            outputEnded.countDown();
        }
    }

    /** Blocks until the process exits; a killed one exits 137 like a killed container. */
    int await() {
        try {
            int code = process.waitFor();
            killTree();
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for the step", e);
        }
    }

    /** Kills the process and every process it started, children first. Never throws. */
    void killTree() {
        Process p = process;
        if (p == null) {
            return;
        }
        remember();
        tree.forEach(ProcessHandle::destroyForcibly);
        p.toHandle().destroyForcibly(); // not Process.destroyForcibly(): that closes the output before it is read
    }

    private void remember() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.descendants().forEach(tree::add);
        }
    }
}
