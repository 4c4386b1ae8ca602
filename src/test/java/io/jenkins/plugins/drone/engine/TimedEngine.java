package io.jenkins.plugins.drone.engine;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Benchmark harness: a {@link ContainerEngine} that passes every call to a real one and adds up, per call
 * (setup, create with its pull, start, logs, wait, remove, destroy), how often it ran and how long it took, so a
 * benchmark can print where a run's time goes. Calls made ahead or in the background are counted too: the
 * table shows Docker's cost per phase, not the critical path.
 */
final class TimedEngine implements ContainerEngine {

    private final ContainerEngine engine;
    private final Map<String, LongAdder[]> phases = new ConcurrentSkipListMap<>();

    TimedEngine(ContainerEngine engine) {
        this.engine = engine;
    }

    /** Forgets what was measured so far (after a warm-up run). */
    void reset() {
        phases.clear();
    }

    /** One line per phase: calls, total and mean milliseconds. */
    String table() {
        StringBuilder out = new StringBuilder(String.format("%-8s %6s %9s %8s%n", "phase", "calls", "total ms", "mean ms"));
        phases.forEach((phase, f) -> out.append(String.format(Locale.ROOT, "%-8s %6d %9.0f %8.1f%n", phase,
                f[0].sum(), f[1].sum() / 1e6, f[1].sum() / 1e6 / Math.max(1, f[0].sum()))));
        return out.toString();
    }

    private <T> T timed(String phase, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            LongAdder[] f = phases.computeIfAbsent(phase, p -> new LongAdder[] {new LongAdder(), new LongAdder()});
            f[0].increment();
            f[1].add(System.nanoTime() - start);
        }
    }

    private void timed(String phase, Runnable call) {
        timed(phase, () -> {
            call.run();
            return null;
        });
    }

    @Override
    public RunResources setup(RunSpec run) {
        return timed("setup", () -> engine.setup(run));
    }

    @Override
    public void copyToWorkspace(RunResources run, Path dir, String containerPath) {
        timed("copy", () -> engine.copyToWorkspace(run, dir, containerPath));
    }

    @Override
    public String create(RunResources run, ContainerSpec spec, Consumer<String> warnings) {
        return timed("create", () -> engine.create(run, spec, warnings));
    }

    @Override
    public void start(String containerId) {
        timed("start", () -> engine.start(containerId));
    }

    @Override
    public void streamLogs(String containerId, LogSink lines) {
        timed("logs", () -> engine.streamLogs(containerId, lines));
    }

    @Override
    public ContainerExit await(String containerId) {
        return timed("wait", () -> engine.await(containerId));
    }

    @Override
    public StepFigures figures(String containerId) {
        return engine.figures(containerId);
    }

    @Override
    public HealthReport health(String containerId) {
        return timed("health", () -> engine.health(containerId));
    }

    @Override
    public void kill(String containerId) {
        timed("kill", () -> engine.kill(containerId));
    }

    @Override
    public void remove(String containerId) {
        timed("remove", () -> engine.remove(containerId));
    }

    @Override
    public void destroy(RunResources run) {
        timed("destroy", () -> engine.destroy(run));
    }
    @Override
    public RunResources adopt(RunSpec run) {
        return timed("adopt", () -> engine.adopt(run));
    }

    @Override
    public Map<String, String> containersOf(RunResources run) {
        return timed("adopt", () -> engine.containersOf(run));
    }

    @Override
    public ContainerState state(String containerId) {
        return timed("adopt", () -> engine.state(containerId));
    }

    @Override
    public CacheVolume restoreCache(RunResources run, CacheRestore request) {
        return timed("cache", () -> engine.restoreCache(run, request));
    }

    @Override
    public long keepCache(RunResources run, CacheVolume cache) {
        return timed("cache", () -> engine.keepCache(run, cache));
    }

    @Override
    public void dropCache(RunResources run, CacheVolume cache) {
        timed("cache", () -> engine.dropCache(run, cache));
    }

    @Override
    public void readWorkspace(RunResources run, String containerPath, TarReader reader) {
        timed("collect", () -> engine.readWorkspace(run, containerPath, reader));
    }
}
