package io.jenkins.plugins.drone.jenkins.migration;

import hudson.model.Node;
import io.jenkins.plugins.drone.jenkins.run.PipelineExecution;
import io.jenkins.plugins.drone.jenkins.run.PipelineScheduler;
import io.jenkins.plugins.drone.plan.PipelinePlan;

/**
 * Runs each pipeline of a freestyle build in its own thread on the node the build runs on. It never goes
 * through the queue: the build already holds an executor of that node, and waiting for a second one could
 * deadlock a single-executor agent.
 */
final class BuildNodeDispatcher implements PipelineScheduler.Dispatcher {

    private final Node node;
    private final String buildName;

    BuildNodeDispatcher(Node node, String buildName) {
        this.node = node;
        this.buildName = buildName;
    }

    @Override
    public void dispatch(PipelineExecution execution, PipelinePlan plan) {
        Thread thread = new Thread(() -> runOnNode(execution), buildName + " » " + plan.name());
        thread.setDaemon(true);
        thread.start();
    }

    private void runOnNode(PipelineExecution execution) {
        try {
            execution.runOn(node);
        } catch (InterruptedException e) {
            // the execution has recorded the pipeline as killed; this thread ends here
        }
    }

    /** Pipelines start at once, so there is never one waiting to be withdrawn. */
    @Override
    public boolean withdraw(PipelineExecution execution) {
        return false;
    }
}
