package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.engine.StageScheduler;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs the pipelines of one build in the order the engine's {@link StageScheduler} decides
 * (docs/drone-semantics.md#several-pipelines), in parallel where it allows, and records what it decided; on abort
 * it withdraws and stops them. Where a pipeline runs is the {@link Dispatcher}'s business: a queue task per
 * pipeline for the Drone job, the build's own node for the freestyle step.
 */
public final class PipelineScheduler {

    /** Starts a pipeline somewhere; the execution completes its {@code done()} future when it has ended. */
    public interface Dispatcher {
        /** Starts {@code execution} without blocking; it runs {@link PipelineExecution#runOn} on some node. */
        void dispatch(PipelineExecution execution, PipelinePlan plan);

        /** Withdraws a pipeline that has not started yet; true when it was withdrawn. */
        boolean withdraw(PipelineExecution execution);
    }

    /** Dispatches each pipeline as a task in the Jenkins queue, for an agent matching its labels. */
    public static Dispatcher queue(String jobLabel, PrintStream console) {
        return new QueueDispatcher(jobLabel, console);
    }

    /** How long an aborted build waits for its running pipelines to clean up. */
    private static final long ABORT_WAIT_SECONDS = 90;

    private final List<PipelinePlan> plans;
    private final List<PipelineRecord> records;
    private final IntFunction<PipelineExecution> executions;
    private final Dispatcher dispatcher;
    private final PrintStream console;
    private final Map<Integer, PipelineExecution> running = new HashMap<>();
    private final BlockingQueue<Integer> finished = new LinkedBlockingQueue<>();

    public PipelineScheduler(List<PipelinePlan> plans, List<PipelineRecord> records,
                             IntFunction<PipelineExecution> executions, Dispatcher dispatcher, PrintStream console) {
        this.plans = plans;
        this.records = records;
        this.executions = executions;
        this.dispatcher = dispatcher;
        this.console = console;
    }

    /** Runs every pipeline to its end; on interrupt aborts them all and rethrows. */
    public void run() throws InterruptedException {
        StageScheduler stages = new StageScheduler(plans, PipelinePlan::run);
        List<StageScheduler.Decision> first = stages.next();
        stages.waiting().stream().map(records::get).filter(PipelineScheduler::notStarted).forEach(PipelineRecord::waiting);
        apply(first);
        try {
            while (!running.isEmpty()) {
                int done = finished.take();
                running.remove(done);
                stages.ended(done, records.get(done).status().isFailing());
                apply(stages.next());
            }
        } catch (InterruptedException e) {
            if (!ControllerShutdown.underway()) {
                abort();
            }
            throw e;
        }
    }

    /** Dispatches the pipelines the stage scheduler started and records the ones it skipped. */
    private void apply(List<StageScheduler.Decision> decisions) {
        for (StageScheduler.Decision decision : decisions) {
            if (decision instanceof StageScheduler.Start start) {
                start(start.index(), start.failedStages());
            } else if (decision instanceof StageScheduler.Skip skip && !records.get(skip.index()).isFinished()) {
                records.get(skip.index()).skipped(skip.reason(), System.currentTimeMillis());
                println("[" + skip.pipeline().name() + "] " + skip.reason());
            }
        }
    }

    /**
     * Starts a pipeline; in a resumed build ({@link BuildResumption}) one that had ended counts as ended at once,
     * and one that was running goes back to its node to be resumed.
     */
    private void start(int index, List<String> failedStages) {
        PipelineExecution execution = executions.apply(index);
        PipelineRecord record = records.get(index);
        running.put(index, execution);
        execution.done().whenComplete((status, error) -> finished.add(index));
        if (record.isFinished()) {
            execution.done().complete(record.status());
            return;
        }
        if (notStarted(record)) {
            execution.failedStages(failedStages);
            record.queued();
        } else {
            execution.resumeOn(record.getNode());
        }
        dispatcher.dispatch(execution, plans.get(index));
    }

    private static boolean notStarted(PipelineRecord record) {
        return record.status() == DroneStatus.PENDING || record.status() == DroneStatus.WAITING;
    }

    private void abort() {
        println("aborting: stopping every pipeline of this build");
        for (Map.Entry<Integer, PipelineExecution> entry : new HashMap<>(running).entrySet()) {
            if (dispatcher.withdraw(entry.getValue())) {
                running.remove(entry.getKey());
                records.get(entry.getKey()).closeOpenSteps("aborted", System.currentTimeMillis());
                records.get(entry.getKey()).finished(DroneStatus.KILLED, "aborted before it started", System.currentTimeMillis());
                entry.getValue().done().complete(DroneStatus.KILLED);
            }
        }
        running.values().forEach(PipelineExecution::interrupt);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ABORT_WAIT_SECONDS);
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            try {
                Integer done = finished.poll(1, TimeUnit.SECONDS);
                if (done != null) {
                    running.remove(done);
                }
            } catch (InterruptedException again) {
                running.values().forEach(PipelineExecution::interrupt);
            }
        }
        for (PipelineRecord record : records) {
            if (record.status() == DroneStatus.WAITING) {
                record.skipped("the build was aborted", System.currentTimeMillis());
            }
        }
    }

    private void println(String line) {
        synchronized (console) {
            console.println(line);
        }
    }
}
