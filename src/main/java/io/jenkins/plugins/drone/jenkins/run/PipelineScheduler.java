package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Hudson;
import hudson.model.Label;
import hudson.model.Queue;
import io.jenkins.plugins.drone.jenkins.queue.AgentLabels;
import io.jenkins.plugins.drone.jenkins.queue.PipelineTask;
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
 * Runs the pipelines of one build as Drone's server does (drone-yaml.md §9.9): those without dependencies
 * go to the queue at once and run in parallel on matching agents; a pipeline whose dependencies are done
 * runs or is skipped depending on whether the build has failed and its {@code trigger.status}.
 */
final class PipelineScheduler {

    /** How long an aborted build waits for its running pipelines to clean up. */
    private static final long ABORT_WAIT_SECONDS = 90;

    private final List<PipelinePlan> plans;
    private final List<PipelineRecord> records;
    private final IntFunction<PipelineExecution> executions;
    private final String jobLabel;
    private final PrintStream console;
    private final Map<Integer, PipelineExecution> running = new HashMap<>();
    private final Map<Integer, PipelineTask> tasks = new HashMap<>();
    private final BlockingQueue<Integer> finished = new LinkedBlockingQueue<>();

    PipelineScheduler(List<PipelinePlan> plans, List<PipelineRecord> records, IntFunction<PipelineExecution> executions,
                      String jobLabel, PrintStream console) {
        this.plans = plans;
        this.records = records;
        this.executions = executions;
        this.jobLabel = jobLabel;
        this.console = console;
    }

    /** Runs every pipeline to its end; on interrupt aborts them all and rethrows. */
    void run() throws InterruptedException {
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
                tasks.remove(done);
                releaseWaiting();
            }
        } catch (InterruptedException e) {
            abort();
            throw e;
        }
    }

    private void start(int index) {
        PipelinePlan plan = plans.get(index);
        PipelineExecution execution = executions.apply(index);
        String expression = AgentLabels.expression(jobLabel, plan);
        Label label = expression.isEmpty() ? null : Hudson.getInstance().getLabel(expression);
        if (label != null && label.getNodes().isEmpty() && label.getClouds().isEmpty()) {
            println("[" + plan.name() + "] waiting for an agent labeled " + expression + " (none exists yet)");
        } else {
            println("[" + plan.name() + "] queued for an agent labeled " + (expression.isEmpty() ? "(any)" : expression));
        }
        records.get(index).queued();
        running.put(index, execution);
        PipelineTask task = new PipelineTask(execution, label);
        tasks.put(index, task);
        execution.done().whenComplete((status, error) -> finished.add(index));
        Hudson.getInstance().getQueue().schedule(task, 0);
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
                if ((failed && !plan.onFailure()) || (!failed && !plan.onSuccess())) {
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
        Queue queue = Hudson.getInstance().getQueue();
        for (Map.Entry<Integer, PipelineTask> entry : tasks.entrySet()) {
            if (queue.cancel(entry.getValue())) {
                PipelineExecution execution = running.remove(entry.getKey());
                records.get(entry.getKey()).finished("killed", "aborted before it started", System.currentTimeMillis());
                records.get(entry.getKey()).closeOpenSteps("aborted", System.currentTimeMillis());
                if (execution != null) {
                    execution.done().complete("killed");
                }
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
