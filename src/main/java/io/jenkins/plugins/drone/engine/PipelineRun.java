package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.ErrorPolicy;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.StepKind;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs one planned pipeline on a {@link ContainerEngine}: the DAG of entries, run policies judged against the
 * live pipeline state, concurrency limit, detach, exit 78, {@code failure: ignore|fast}, timeouts and cancel
 * (drone-yaml.md §9). All scheduling decisions happen on the thread that called {@link #execute()}; workers
 * only run containers and post back what happened. Whatever happens, {@link ContainerEngine#destroy} runs.
 *
 * <p>Speed: while an entry runs, the container of the entry that will follow it is created ahead (with the
 * live variables it would get if nothing changes; it is replaced when the state did change), and finished
 * containers are removed in the background, so each step costs little more than Docker's start and wait.
 */
public final class PipelineRun {

    private final ContainerEngine engine;
    private final PipelinePlan pipeline;
    private final RunRequest request;
    private final RunSpec runSpec;
    private final PipelineListener listener;
    private final SecretMasker masker;
    private final RegistryCredentials registries;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private final PipelineState state = new PipelineState();
    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("drone-step"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("drone-timer"));
    private final ThreadPoolExecutor reaper = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), daemon("drone-reaper"));
    private final AheadCreator ahead = new AheadCreator(this);
    private volatile RunResources resources;
    private long startedMillis;
    private int inFlight;

    private PipelineRun(ContainerEngine engine, RunRequest request, PipelineListener listener) {
        this.engine = engine;
        this.request = request;
        this.pipeline = request.pipeline();
        this.runSpec = RunSpec.of(request);
        this.masker = new SecretMasker(request.secrets(), listener);
        this.listener = masker;
        this.registries = RegistryCredentials.of(request.registryAuths());
        for (StepPlan step : pipeline.steps()) {
            Entry entry = new Entry(step);
            entries.add(entry);
            byName.put(step.name(), entry);
        }
    }

    /** The run {@code request} describes, on {@code engine}, reporting to {@code listener}: the one way to make a run. */
    public static PipelineRun create(ContainerEngine engine, RunRequest request, PipelineListener listener) {
        return new PipelineRun(engine, request, listener);
    }

    /** The run id its resources are named and labelled with; a janitor's live set holds the ids of running runs. */
    public String runId() {
        return request.runId();
    }

    /** Stops the run from any thread: running containers are killed, entries not started are skipped. */
    public void cancel() {
        cancel("cancelled");
    }

    private synchronized void cancel(String reason) {
        if (state.cancelReason == null) {
            state.cancelReason = reason;
            inbox.add(() -> killRunning(e -> true));
        }
    }

    /** Runs the pipeline to its end and returns how every entry ended; cleans up before returning. */
    public PipelineResult execute() {
        startedMillis = System.currentTimeMillis();
        try {
            resources = engine.setup(runSpec);
            listener.on(new PipelineEvent.PipelineStarted(pipeline.name(), request.runId(), startedMillis));
            masker.warnings().forEach(w -> listener.on(new PipelineEvent.Warning(w)));
            if (request.timeoutSeconds() > 0) {
                timers.schedule(() -> cancel("pipeline timed out after " + request.timeoutSeconds() + " s"),
                        request.timeoutSeconds(), TimeUnit.SECONDS);
            }
            loop();
            stopDetached();
        } catch (EngineException e) {
            listener.on(new PipelineEvent.Warning("engine error: " + e.getMessage()));
            entries.stream().filter(en -> en.phase != Entry.Phase.DONE).forEach(en -> finish(en, StepStatus.ERROR, 255, e.getMessage()));
        } finally {
            shutdown();
        }
        return finishRun();
    }

    private void loop() {
        scheduleReady();
        while (!entries.stream().allMatch(e -> e.returned)) {
            processNext();
            scheduleReady();
        }
        // detached entries have returned but keep running; wait for the others to end
        while (entries.stream().anyMatch(e -> e.phase == Entry.Phase.RUNNING && !e.plan.detach())) {
            processNext();
        }
    }

    /** Applies the next outcome a worker posted; an interrupt of the calling thread cancels the run. */
    private void processNext() {
        try {
            inbox.take().run();
        } catch (InterruptedException e) {
            cancel("interrupted");
        }
    }

    private void scheduleReady() {
        for (Entry entry : entries) {
            if (entry.phase == Entry.Phase.WAITING && dependenciesReturned(entry)) {
                becomeReady(entry);
            }
        }
        int limit = pipeline.concurrency();
        for (Entry entry : entries) {
            if (entry.phase == Entry.Phase.QUEUED && (limit <= 0 || inFlight < limit)) {
                launch(entry);
            }
        }
    }

    private boolean dependenciesReturned(Entry entry) {
        return entry.plan.dependsOn().stream().map(byName::get).allMatch(d -> d == null || d.returned);
    }

    /** Judges an entry when its dependencies have returned (drone-yaml.md §9.6). */
    private void becomeReady(Entry entry) {
        String skip = state.skipReason(entry.plan, cloneEnabled());
        if (skip != null) {
            finish(entry, StepStatus.SKIPPED, 0, skip);
        } else {
            entry.phase = Entry.Phase.QUEUED;
        }
    }

    private void launch(Entry entry) {
        entry.phase = Entry.Phase.RUNNING;
        entry.status = StepStatus.RUNNING;
        inFlight++;
        if (entry.plan.kind() == StepKind.CLONE || entry.plan.image() == null) {
            workers.execute(new CloneTask(this, entry));
            return;
        }
        ContainerSpec spec = containerSpec(entry);
        workers.execute(new StepTask(this, entry, spec, ahead.take(entry)));
        if (!entry.plan.detach()) {
            ahead.createFollowers(entry, entries, byName);
        }
    }

    /** The container an entry gets if it starts now: its environment holds the live variables of this moment. */
    ContainerSpec containerSpec(Entry entry) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> live = LiveVariables.of(state, entry, pipeline.name(), request.failedStages(),
                startedMillis / 1000, now);
        return ContainerSpecs.of(entry.plan, resources, StepEnvironment.of(entry.plan, resources, live, request.secrets()),
                registries.forImage(entry.plan.image()), runSpec);
    }

    // ---- called by tasks, on worker threads ----

    ContainerEngine engine() {
        return engine;
    }

    PipelineState state() {
        return state;
    }

    ExecutorService workers() {
        return workers;
    }

    RunResources resources() {
        return resources;
    }

    RunRequest request() {
        return request;
    }

    /** False when a host directory is the workspace: it already holds the code. */
    boolean cloneEnabled() {
        return request.hostWorkspace() == null;
    }

    PipelinePlan pipeline() {
        return pipeline;
    }

    boolean cancelled() {
        return state.cancelled();
    }

    String cancelReason() {
        return state.cancelReason;
    }

    void log(Entry entry, String line) {
        listener.on(new PipelineEvent.StepLog(entry.name(), line));
    }

    void warn(String message) {
        listener.on(new PipelineEvent.Warning(message));
    }

    void started(Entry entry) {
        listener.on(new PipelineEvent.StepStarted(entry.name(), entry.plan.number(), entry.startedMillis));
        if (entry.plan.timeoutSeconds() > 0) {
            entry.timeout = timers.schedule(() -> timeOut(entry), entry.plan.timeoutSeconds(), TimeUnit.SECONDS);
        }
        if (entry.plan.detach()) {
            post(() -> returned(entry));
        }
    }

    /** A task's outcome is applied on the scheduler thread. */
    void post(Runnable action) {
        inbox.add(action);
    }

    void removeLater(String containerId) {
        reaper.execute(() -> engine.remove(containerId));
    }

    // ---- scheduler thread ----

    private void returned(Entry entry) {
        if (!entry.returned) {
            entry.returned = true;
            inFlight--;
        }
    }

    /** Applies how an entry ended: its status, the pipeline state, exit 78 and failure: fast. */
    void ended(Entry entry, StepStatus status, int exitCode, String message) {
        boolean wasReturned = entry.returned;
        finish(entry, status, exitCode, message);
        if (!wasReturned) {
            inFlight--;
        }
        if (exitCode == 78 && status == StepStatus.SUCCESS) {
            state.exitedEarly = true;
        }
        if (status == StepStatus.FAILURE && entry.plan.errorPolicy() == ErrorPolicy.FAIL_FAST) {
            state.failedFast = true;
            cancel("cancelled by failure: fast of " + entry.name());
        }
    }

    private void finish(Entry entry, StepStatus status, int exitCode, String message) {
        if (entry.timeout != null) {
            entry.timeout.cancel(false);
        }
        entry.phase = Entry.Phase.DONE;
        entry.returned = true;
        entry.status = status;
        entry.exitCode = exitCode;
        entry.message = message == null ? "" : message;
        if (entry.startedMillis > 0) {
            entry.finishedMillis = System.currentTimeMillis();
        }
        state.recordEnd(entry);
        listener.on(PipelineEvent.StepFinished.of(entry.result()));
    }

    private void timeOut(Entry entry) {
        String id = entry.containerId;
        if (id != null) {
            entry.timedOut = true;
            engine.kill(id);
        }
    }

    /** Kills the running containers of the matching entries, all at once: a cancel must be quick. */
    private void killRunning(Predicate<Entry> which) {
        for (Entry entry : entries) {
            String id = entry.containerId;
            if (entry.phase == Entry.Phase.RUNNING && id != null && which.test(entry)) {
                workers.execute(() -> engine.kill(id));
            }
        }
    }

    /** Detached entries run until the pipeline ends; then they are stopped and count as successful. */
    private void stopDetached() {
        List<Entry> detached = entries.stream().filter(e -> e.phase == Entry.Phase.RUNNING && e.plan.detach()).toList();
        killRunning(e -> e.plan.detach());
        while (detached.stream().anyMatch(e -> e.phase != Entry.Phase.DONE)) {
            try {
                Runnable action = inbox.poll(10, TimeUnit.SECONDS);
                if (action == null) {
                    break;
                }
                action.run();
            } catch (InterruptedException e) {
                break;
            }
        }
    }

    /**
     * Removals still queued are dropped, as destroy() removes every container of the run at once, faster; the
     * one in progress is let finish (interrupting it would leave the daemon removing a container that still
     * holds the volumes).
     */
    private void shutdown() {
        timers.shutdownNow();
        reaper.getQueue().clear();
        reaper.shutdown();
        try {
            reaper.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (resources != null) {
            engine.destroy(resources);
        }
        workers.shutdownNow();
    }

    private PipelineResult finishRun() {
        boolean killedOthers = entries.stream().anyMatch(e -> e.status == StepStatus.KILLED
                || (e.status == StepStatus.SKIPPED && state.cancelled() && e.message.equals(state.cancelReason)));
        for (Entry entry : entries) {
            if (entry.phase != Entry.Phase.DONE) {
                finish(entry, state.cancelled() ? StepStatus.SKIPPED : StepStatus.ERROR, 0,
                        state.cancelled() ? state.cancelReason : "never ran");
            }
        }
        StepStatus status = state.finalStatus(killedOthers);
        long now = System.currentTimeMillis();
        listener.on(new PipelineEvent.PipelineFinished(pipeline.name(), status, now));
        return new PipelineResult(pipeline.name(), status, startedMillis, now, entries.stream().map(Entry::result).toList());
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
