package io.jenkins.plugins.drone.engine;

import java.io.OutputStream;

/**
 * Runs one {@link RunRequest} on a {@link ContainerEngine}: sets up the run's network and volumes, lets an
 * {@link EntryScheduler} run its entries (docs/drone-semantics.md#execution), applies the pipeline timeout, and whatever
 * happens removes everything the run created ({@link ContainerEngine#destroy}) before {@link #execute()} returns, then
 * saves its caches if it succeeded ({@link RunCaches}).
 * A run can also be resumed by a new engine instance from what its caller recorded ({@link #resume}).
 *
 * <p>Speed: while an entry runs, the container of the entry that will follow it is created ahead
 * ({@link AheadCreator}), and finished containers are removed in the background, so each step costs little more
 * than Docker's start and wait.
 */
public final class PipelineRun {

    private final RunContext run;
    private final EntryScheduler scheduler;
    /** Where a resumed run takes up, or null for a fresh one. */
    private final ResumePoint from;
    private volatile WorkspaceCollector collector;

    private PipelineRun(ContainerEngine engine, RunRequest request, PipelineListener listener, ResumePoint from) {
        this.run = new RunContext(engine, request, listener, from);
        this.scheduler = new EntryScheduler(run);
        this.from = from;
    }

    /** The run {@code request} describes, on {@code engine}, reporting to {@code listener}: the one way to make a run. */
    public static PipelineRun create(ContainerEngine engine, RunRequest request, PipelineListener listener) {
        return new PipelineRun(engine, request, listener, null);
    }

    /**
     * The run {@code request} describes as an earlier engine instance left it, which died without cleaning up:
     * {@link #execute()} adopts its network, volumes and containers, follows each running entry's log from the
     * line after the last one {@code from} says was delivered, collects the exit codes of entries that ended
     * meanwhile, removes containers only created ahead, runs the entries not started yet as the first run would
     * have, counts the pipeline timeout from {@link ResumePoint#startedAtMillis}, and cleans up as usual. Entries
     * {@code from} records as ended are not reported again; when the run's resources are gone, every other entry
     * ends {@code error} with a message naming the run. Same {@link #execute()}/{@link #cancel()}/{@link #runId()}
     * contract as {@link #create}.
     */
    public static PipelineRun resume(ContainerEngine engine, RunRequest request, ResumePoint from,
                                     PipelineListener listener) {
        return new PipelineRun(engine, request, listener, java.util.Objects.requireNonNull(from, "from"));
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

    /**
     * Stops following the run, from any thread, and leaves its containers, network and volumes as they are for a
     * later {@link #resume}: {@link #execute()} returns soon with status {@code running}, reports nothing more and
     * cleans nothing up. For when the caller is gone (an agent that lost its controller).
     */
    public void abandon() {
        scheduler.abandon();
    }

    /**
     * Runs the pipeline to its end and returns how every entry ended; cleans up before returning, unless the run
     * was {@link #abandon() abandoned}.
     */
    public PipelineResult execute() {
        try {
            if (from == null) {
                run.setUp();
            } else {
                RunAdoption.takeUp(scheduler, from);
            }
            long timeout = run.request().timeoutSeconds();
            if (timeout > 0) {
                long left = timeout * 1000 - (System.currentTimeMillis() - run.startedMillis());
                run.threads().afterMillis(left, () -> scheduler.cancel("pipeline timed out after " + timeout + " s"));
            }
            scheduler.runToEnd();
        } catch (EngineException e) {
            run.warn("engine error: " + e.getMessage());
            scheduler.failAll(e.getMessage());
        } finally {
            boolean ended = !run.abandoned();
            if (collector != null && ended) {
                collector.collect();
            }
            run.tearDown();
            if (run.resources() != null && ended) {
                run.caches().finish(scheduler.succeeded());
            }
        }
        return scheduler.result();
    }
}
