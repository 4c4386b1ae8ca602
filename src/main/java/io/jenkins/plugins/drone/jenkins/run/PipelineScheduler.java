package io.jenkins.plugins.drone.jenkins.run;

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
 * Runs the pipelines of one build as Drone's server does (docs/drone-semantics.md#several-pipelines): those without
 * dependencies start at once (in parallel); a pipeline whose dependencies are done runs or is skipped depending on
 * whether the build has failed and its {@code trigger.status}. Where a pipeline runs is the {@link Dispatcher}'s
 * business: a queue task per pipeline for the Drone job, the build's own node for the freestyle step.
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
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).run() && !plans.get(i).dependsOn().isEmpty()) {
                records.get(i).waiting();
            }
        }
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).run() && plans.get(i).dependsOn().isEmpty()) {
                start(i);
            }
        }
        try {
            while (!running.isEmpty()) {
                int done = finished.take();
                running.remove(done);
                releaseWaiting();
            }
        } catch (InterruptedException e) {
            abort();
            throw e;
        }
    }

    private void start(int index) {
        PipelineExecution execution = executions.apply(index);
        execution.failedStages(records.stream().filter(r -> isFailing(r.getStatus())).map(PipelineRecord::getName).toList());
        records.get(index).queued();
        running.put(index, execution);
        execution.done().whenComplete((status, error) -> finished.add(index));
        dispatcher.dispatch(execution, plans.get(index));
    }

    /** Starts or skips every waiting pipeline whose dependencies are all done, in file order, until stable. */
    private void releaseWaiting() {
        boolean changed = true;
        while (changed) {
            changed = false;
            boolean failed = records.stream().anyMatch(r -> isFailing(r.getStatus()));
            for (int i = 0; i < plans.size(); i++) {
                PipelineRecord record = records.get(i);
                if (!"waiting".equals(record.getStatus()) || !dependenciesDone(plans.get(i))) {
                    continue;
                }
                PipelinePlan plan = plans.get(i);
                if (!plan.runsAfterDependencies(failed)) {
                    record.finished("skipped", failed ? "skipped: the build has failed" : "skipped: runs only when the build fails",
                            System.currentTimeMillis());
                    println("[" + plan.name() + "] " + record.getReason());
                } else {
                    start(i);
                }
                changed = true;
            }
        }
    }

    private boolean dependenciesDone(PipelinePlan plan) {
        for (String dependency : plan.dependsOn()) {
            for (int i = 0; i < plans.size(); i++) {
                if (plans.get(i).name().equals(dependency) && !records.get(i).isFinished()) {
                    return false;
                }
            }
        }
        return true;
    }

    private void abort() {
        println("aborting: stopping every pipeline of this build");
        for (Map.Entry<Integer, PipelineExecution> entry : new HashMap<>(running).entrySet()) {
            if (dispatcher.withdraw(entry.getValue())) {
                running.remove(entry.getKey());
                records.get(entry.getKey()).closeOpenSteps("aborted", System.currentTimeMillis());
                records.get(entry.getKey()).finished("killed", "aborted before it started", System.currentTimeMillis());
                entry.getValue().done().complete("killed");
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
            if ("waiting".equals(record.getStatus())) {
                record.finished("skipped", "the build was aborted", System.currentTimeMillis());
            }
        }
    }

    static boolean isFailing(String status) {
        return "failure".equals(status) || "error".equals(status) || "killed".equals(status);
    }

    private void println(String line) {
        synchronized (console) {
            console.println(line);
        }
    }
}
