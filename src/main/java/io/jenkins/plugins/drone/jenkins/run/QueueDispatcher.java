package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Hudson;
import hudson.model.Label;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.agent.RecentImages;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.queue.AgentLabels;
import io.jenkins.plugins.drone.jenkins.queue.PipelineTask;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Puts each pipeline in the Jenkins queue as a {@link PipelineTask} for an agent whose labels match. A label
 * expression that does not parse ends the pipeline as an error at once; one that no agent has is said on the
 * build page and in the console while the pipeline waits (an agent may still come).
 */
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
        String node = execution.resumeNode();
        String expression = node == null ? AgentLabels.expression(jobLabel, plan) : node;
        String invalid = AgentLabels.problem(expression);
        if (invalid != null) {
            String why = Messages.labelExpressionInvalid(expression, invalid);
            println(plan, "ERROR: " + why);
            execution.refuse(why);
            return;
        }
        Label label = expression.isEmpty() ? null : Hudson.getInstance().getLabel(expression);
        if (label != null && label.getNodes().isEmpty() && label.getClouds().isEmpty()) {
            String why = Messages.labelMatchesNoAgent(expression);
            execution.pendingBecause(why);
            println(plan, why);
        } else {
            println(plan, "queued for " + (label == null ? "any agent" : "an agent labeled " + expression));
        }
        RecentImages.DISPATCHED.record(expression, plan);
        PipelineTask task = new PipelineTask(execution, label);
        tasks.put(execution, task);
        ConcurrencyGate.enter(execution);
        execution.done().whenComplete((status, error) -> tasks.remove(execution));
        Hudson.getInstance().getQueue().schedule(task, 0);
        if (node != null) {
            giveUpUnlessStarted(execution, plan, node);
        }
    }

    /** A resumed run whose agent does not come back within the grace period is taken out of the queue and failed. */
    private void giveUpUnlessStarted(PipelineExecution execution, PipelinePlan plan, String node) {
        BuildSaves.later(TimeUnit.SECONDS.toMillis(DroneSettings.get().getAgentGraceSeconds()), () -> {
            if (withdraw(execution)) {
                String why = AgentReturn.gaveUp(node);
                println(plan, "ERROR: " + why);
                execution.refuse(why);
            }
        });
    }

    @Override
    public boolean withdraw(PipelineExecution execution) {
        PipelineTask task = tasks.get(execution);
        return task != null && Hudson.getInstance().getQueue().cancel(task);
    }

    private void println(PipelinePlan plan, String line) {
        synchronized (console) {
            console.println("[" + plan.name() + "] " + line);
        }
    }
}
