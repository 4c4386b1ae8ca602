package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.StepKind;
import java.util.Map;

/**
 * What the parts of one run share: the engine, the request and the resources set up for it, the listener
 * (behind the secret masker and the log limit), the run's threads, and how an entry's container is described at the moment it
 * starts. Safe to use from any thread.
 */
final class RunContext {

    private final ContainerEngine engine;
    private final RunRequest request;
    private final RunSpec spec;
    private final SecretMasker masker;
    private final RegistryCredentials registries;
    private final RunThreads threads = new RunThreads();
    private volatile RunResources resources;
    private volatile long startedMillis;
    private final RunCaches caches;

    RunContext(ContainerEngine engine, RunRequest request, PipelineListener listener) {
        this.engine = engine;
        this.request = request;
        this.spec = RunSpec.of(request);
        this.masker = new SecretMasker(request.maskedValues(), new LogLimiter(request.logLimitBytes(), listener));
        this.registries = RegistryCredentials.of(request.registryAuths());
        this.caches = new RunCaches(this);
    }

    RunCaches caches() {
        return caches;
    }

    /** Adds runtime volumes (restored caches) that steps created from now on mount. */
    void addVolumes(Map<String, String> volumes) {
        resources = resources.withVolumes(volumes);
    }

    ContainerEngine engine() {
        return engine;
    }

    RunRequest request() {
        return request;
    }

    PipelinePlan pipeline() {
        return request.pipeline();
    }

    RunThreads threads() {
        return threads;
    }

    /** The run's network and volumes; null until {@link #setUp()} has returned. */
    RunResources resources() {
        return resources;
    }

    long startedMillis() {
        return startedMillis;
    }

    /** False when a host directory is the workspace: it already holds the code. */
    boolean cloneEnabled() {
        return request.hostWorkspace() == null;
    }

    /** Whether the built-in clone runs (it restores the caches once the code is there). */
    private boolean clones() {
        return cloneEnabled() && pipeline().steps().stream().anyMatch(s -> s.kind() == StepKind.CLONE);
    }

    /** Marks the start of the run, creates its network and volumes and announces it. */
    void setUp() {
        startedMillis = System.currentTimeMillis();
        resources = engine.setup(spec);
        emit(new PipelineEvent.PipelineStarted(pipeline().name(), request.runId(), startedMillis));
        masker.warnings().forEach(this::warn);
        if (!clones()) {
            caches.restore(request.hostWorkspace() == null ? null : spec.hostWorkspace());
        }
    }

    /** Stops the threads and removes everything the run created. */
    void tearDown() {
        threads.shutdown(() -> {
            if (resources != null) {
                engine.destroy(resources);
            }
        });
    }

    /** Sends an event on, secrets masked. */
    void emit(PipelineEvent event) {
        masker.on(event);
    }

    void log(Entry entry, String line) {
        log(entry, line, false);
    }

    void log(Entry entry, String line, boolean continues) {
        emit(new PipelineEvent.StepLog(entry.name(), line, System.currentTimeMillis(), continues));
    }

    void warn(String message) {
        emit(new PipelineEvent.Warning(message));
    }

    /** {@code text} with every secret of the run masked, for messages built from container output. */
    String mask(String text) {
        return masker.mask(text);
    }

    /** Removes a finished container in the background. */
    void removeLater(String containerId) {
        threads.reap(() -> engine.remove(containerId));
    }

    /** The container an entry gets if it starts now: its environment holds the live variables of this moment. */
    ContainerSpec containerSpec(Entry entry, PipelineState state) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> live = LiveVariables.of(state, entry, pipeline().name(), request.failedStages(),
                startedMillis / 1000, now);
        return ContainerSpecs.of(entry.plan, pipeline(), resources,
                StepEnvironment.of(entry.plan, resources, live, request), registries.forImage(entry.plan.image()));
    }

}
