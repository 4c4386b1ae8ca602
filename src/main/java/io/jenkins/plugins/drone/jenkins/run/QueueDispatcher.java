package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Hudson;
import hudson.model.Label;
import io.jenkins.plugins.drone.jenkins.queue.AgentLabels;
import io.jenkins.plugins.drone.jenkins.queue.PipelineTask;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Puts each pipeline in the Jenkins queue as a {@link PipelineTask} for an agent whose labels match. */
final class QueueDispatcher implements PipelineScheduler.Dispatcher {

    private final String jobLabel;
    private final PrintStream console;
    private final Map<PipelineExecution, PipelineTask> tasks = new ConcurrentHashMap<>();

    QueueDispatcher(String jobLabel, PrintStream console) {
        this.jobLabel = jobLabel;
        this.console = console;
    }

    @Override
    public void dispatch(PipelineExecution execution, PipelinePlan plan) {
        String expression = AgentLabels.expression(jobLabel, plan);
        Label label = expression.isEmpty() ? null : Hudson.getInstance().getLabel(expression);
        String where = expression.isEmpty() ? "any agent" : "an agent labeled " + expression;
        boolean none = label != null && label.getNodes().isEmpty() && label.getClouds().isEmpty();
        synchronized (console) {
            console.println("[" + plan.name() + "] " + (none ? "waiting for " + where + " (none exists yet)" : "queued for " + where));
        }
        PipelineTask task = new PipelineTask(execution, label);
        tasks.put(execution, task);
        ConcurrencyGate.enter(execution);
        execution.done().whenComplete((status, error) -> tasks.remove(execution));
        Hudson.getInstance().getQueue().schedule(task, 0);
    }

    @Override
    public boolean withdraw(PipelineExecution execution) {
        PipelineTask task = tasks.get(execution);
        return task != null && Hudson.getInstance().getQueue().cancel(task);
    }
}
