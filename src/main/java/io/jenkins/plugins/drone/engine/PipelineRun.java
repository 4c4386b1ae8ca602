package io.jenkins.plugins.drone.engine;

import java.io.OutputStream;

/**
 * Runs one {@link RunRequest} on a {@link ContainerEngine}: sets up the run's network and volumes, lets an
 * {@link EntryScheduler} run its entries (docs/drone-semantics.md#execution), applies the pipeline timeout, and whatever
 * happens removes everything the run created ({@link ContainerEngine#destroy}) before {@link #execute()} returns.
 *
 * <p>Speed: while an entry runs, the container of the entry that will follow it is created ahead
 * ({@link AheadCreator}), and finished containers are removed in the background, so each step costs little more
 * than Docker's start and wait.
 */
public final class PipelineRun {

    private final RunContext run;
    private final EntryScheduler scheduler;
    private volatile WorkspaceCollector collector;

    private PipelineRun(ContainerEngine engine, RunRequest request, PipelineListener listener) {
        this.run = new RunContext(engine, request, listener);
        this.scheduler = new EntryScheduler(run);
    }

    /** The run {@code request} describes, on {@code engine}, reporting to {@code listener}: the one way to make a run. */
    public static PipelineRun create(ContainerEngine engine, RunRequest request, PipelineListener listener) {
        return new PipelineRun(engine, request, listener);
    }

    /** The run id its resources are named and labelled with; a janitor's live set holds the ids of running runs. */
    public String runId() {
        return run.request().runId();
    }

    /**
     * After the steps, whatever their outcome, and before the workspace is removed, the files {@code collection}
     * names are written to {@code sink} as a tar of workspace-relative paths; the sink is closed then.
     */
    public PipelineRun collecting(WorkspaceCollection collection, OutputStream sink) {
        collector = new WorkspaceCollector(run, collection, sink);
        return this;
    }

    /** Stops the run from any thread: running containers are killed, entries not started are skipped. */
    public void cancel() {
        scheduler.cancel("cancelled");
    }

    /** Runs the pipeline to its end and returns how every entry ended; cleans up before returning. */
    public PipelineResult execute() {
        try {
            run.setUp();
            long timeout = run.request().timeoutSeconds();
            if (timeout > 0) {
                run.threads().after(timeout, () -> scheduler.cancel("pipeline timed out after " + timeout + " s"));
            }
            scheduler.runToEnd();
        } catch (EngineException e) {
            run.warn("engine error: " + e.getMessage());
            scheduler.failAll(e.getMessage());
        } finally {
            if (collector != null) {
                collector.collect();
            }
            run.tearDown();
        }
        return scheduler.result();
    }
}
