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

    /** Why an exec pipeline of an untrusted job does not run. */
    static final String UNTRUSTED_EXEC = "exec pipelines run on the agent's host: only a trusted job may run one, "
            + "never for a pull request from a fork";

    private final ContainerEngine engine;
    private final RunRequest request;
    private final RunSpec spec;
    private final SecretMasker masker;
    private final RegistryCredentials registries;
    private final RunThreads threads = new RunThreads();
    private volatile RunResources resources;
    private volatile long startedMillis;
    /** The caller is gone: nothing more is reported and nothing is cleaned up, so a later resume finds the run. */
    private volatile boolean abandoned;
    private final RunCaches caches;

    /**
     * The run of {@code request}; when {@code from} is not null it resumes a run an earlier engine instance
     * started: the lines its caller already holds are dropped behind the masker and the log limit.
     */
    RunContext(ContainerEngine engine, RunRequest request, PipelineListener listener, ResumePoint from) {
        this.engine = engine;
        this.request = request;
        this.startedMillis = from == null ? System.currentTimeMillis() : from.startedAtMillis();
        this.spec = RunSpec.of(request, startedMillis);
        PipelineListener delivered = from == null ? listener : new DeliveredLines(from, listener);
        this.masker = new SecretMasker(request.maskedValues(), new LogLimiter(request.logLimitBytes(), delivered));
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

    /**
     * Marks the start of the run, creates its network and volumes and announces it. An exec pipeline of a job that
     * is not trusted, or of a fork's pull request, is refused here too: the planner refuses it first, but this is the
     * agent, where the commands would run.
     */
    void setUp() {
        startedMillis = System.currentTimeMillis();
        if (pipeline().runsOnHost() && (!request.context().trusted() || request.context().fork())) {
            throw new EngineException(UNTRUSTED_EXEC);
        }
        resources = engine.setup(spec);
        emit(new PipelineEvent.PipelineStarted(pipeline().name(), request.runId(), startedMillis));
        masker.warnings().forEach(this::warn);
        if (!clones()) {
            caches.restore(request.hostWorkspace() == null ? null : spec.hostWorkspace());
        }
    }

    /**
     * Takes over the network and volumes an earlier engine instance set up for the run (announced back then); when
     * they are gone, {@link #tearDown()} still removes whatever is left of the run, and the error is thrown.
     */
    void adopt() {
        try {
            resources = engine.adopt(spec);
        } catch (EngineException e) {
            resources = new RunResources(spec, null, spec.resourcePrefix(), null, Map.of());
            throw e;
        }
    }

    /** Stops the threads and removes everything the run created, unless the run was abandoned. */
    void tearDown() {
        threads.shutdown(() -> {
            if (resources != null && !abandoned) {
                engine.destroy(resources);
            }
        });
    }

    /** Sends an event on, secrets masked; an abandoned run reports nothing. */
    void emit(PipelineEvent event) {
        if (!abandoned) {
            masker.on(event);
        }
    }

    /** From now on nothing is reported, and {@link #tearDown()} leaves the run's resources as they are. */
    void abandon() {
        abandoned = true;
    }

    boolean abandoned() {
        return abandoned;
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
