package io.jenkins.plugins.drone.jenkins.queue;

import hudson.model.Executor;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.queue.SubTask;

/** Runs a {@link PipelineTask} on the executor that took it, on that executor's node. */
public final class PipelineExecutable implements Queue.Executable {

    private final PipelineTask task;

    PipelineExecutable(PipelineTask task) {
        this.task = task;
    }

    @Override
    public SubTask getParent() {
        return task;
    }

    @Override
    public void run() {
        Executor executor = Executor.currentExecutor();
        Node node = executor == null ? null : executor.getOwner().getNode();
        try {
            task.getWork().runOn(node);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public long getEstimatedDuration() {
        return -1;
    }

    @Override
    public String toString() {
        return task.getFullDisplayName();
    }
}
