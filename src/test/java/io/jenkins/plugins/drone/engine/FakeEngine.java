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
 * code given for its name (0 by default) after an optional delay, or fails to create when told to. For resumed
 * runs, {@link #leave} puts a container an earlier engine instance left behind.
 */
final class FakeEngine implements ContainerEngine {

    final Map<String, Integer> exitCodes = new ConcurrentHashMap<>();
    final Map<String, Long> delays = new ConcurrentHashMap<>();
    final List<String> failCreate = new CopyOnWriteArrayList<>();
    final List<String> started = new CopyOnWriteArrayList<>();
    final Map<String, Map<String, String>> envs = new ConcurrentHashMap<>();
    private final Map<String, ContainerSpec> specs = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> killed = new ConcurrentHashMap<>();
    /** Step name of every container by id, created here or left by an earlier instance. */
    private final Map<String, String> steps = new ConcurrentHashMap<>();
    private final Map<String, ContainerState> left = new ConcurrentHashMap<>();
    final List<String> removed = new CopyOnWriteArrayList<>();
    volatile boolean destroyed;
    /** Whether {@link #adopt} finds the run's network and volumes. */
    volatile boolean resourcesGone;

    /** How long before now a container left by an earlier instance started. */
    static final long LEFT_AGO_MILLIS = 60_000;

    /** A container of {@code step} that an earlier engine instance created (and maybe started, a minute ago). */
    void leave(String step, Condition condition, int exitCode) {
        String id = "left-" + step;
        steps.put(id, step);
        killed.put(id, new CountDownLatch(1));
        left.put(id, new ContainerState(condition, exitCode,
                condition == Condition.CREATED ? 0 : System.currentTimeMillis() - LEFT_AGO_MILLIS));
        exitCodes.put(step, exitCode);
    }

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
        steps.put(spec.name(), spec.step());
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
        lines.accept("ran " + steps.get(id), false);
    }

    @Override
    public ContainerExit await(String id) {
        String step = steps.get(id);
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
        removed.add(steps.getOrDefault(id, id));
    }

    @Override
    public void destroy(RunResources run) {
        destroyed = true;
    }

    @Override
    public RunResources adopt(RunSpec run) {
        if (resourcesGone) {
            throw new EngineException("the resources of run " + run.runId() + " are gone");
        }
        return setup(run);
    }

    @Override
    public Map<String, String> containersOf(RunResources run) {
        Map<String, String> byStep = new java.util.HashMap<>();
        left.keySet().forEach(id -> byStep.put(steps.get(id), id));
        return byStep;
    }

    @Override
    public ContainerState state(String id) {
        return left.getOrDefault(id, ContainerState.MISSING);
    }
}
