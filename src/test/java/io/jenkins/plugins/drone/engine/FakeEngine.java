package io.jenkins.plugins.drone.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link ContainerEngine} without Docker for scheduler edge cases: each step's "container" exits with the
 * code given for its name (0 by default) after an optional delay, or fails to create when told to.
 */
final class FakeEngine implements ContainerEngine {

    final Map<String, Integer> exitCodes = new ConcurrentHashMap<>();
    final Map<String, Long> delays = new ConcurrentHashMap<>();
    final List<String> failCreate = new CopyOnWriteArrayList<>();
    final List<String> started = new CopyOnWriteArrayList<>();
    final Map<String, Map<String, String>> envs = new ConcurrentHashMap<>();
    private final Map<String, ContainerSpec> specs = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> killed = new ConcurrentHashMap<>();
    volatile boolean destroyed;

    @Override
    public RunResources setup(RunSpec run) {
        return new RunResources(run, "net-id", run.resourcePrefix(), run.resourcePrefix() + "-ws", Map.of());
    }

    @Override
    public void copyToWorkspace(RunResources run, Path dir, String containerPath) {
    }

    @Override
    public String create(RunResources run, ContainerSpec spec, Consumer<String> warnings) {
        if (failCreate.contains(spec.step())) {
            throw new EngineException("no such image " + spec.image().reference());
        }
        specs.put(spec.name(), spec);
        killed.put(spec.name(), new CountDownLatch(1));
        return spec.name();
    }

    @Override
    public void start(String id) {
        ContainerSpec spec = specs.get(id);
        started.add(spec.step());
        envs.put(spec.step(), spec.process().env());
    }

    @Override
    public void streamLogs(String id, LogSink lines) {
        lines.accept("ran " + specs.get(id).step(), false);
    }

    @Override
    public ContainerExit await(String id) {
        String step = specs.get(id).step();
        try {
            if (killed.get(id).await(delays.getOrDefault(step, 0L), TimeUnit.MILLISECONDS)) {
                return new ContainerExit(137, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ContainerExit(exitCodes.getOrDefault(step, 0), false);
    }

    @Override
    public StepFigures figures(String id) {
        return StepFigures.none(0);
    }

    @Override
    public void kill(String id) {
        killed.get(id).countDown();
    }

    @Override
    public void remove(String id) {
    }

    @Override
    public void destroy(RunResources run) {
        destroyed = true;
    }
}
