package io.jenkins.plugins.drone.jenkins.queue;

import hudson.model.AbstractProject;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.ResourceList;
import hudson.model.queue.CauseOfBlockage;
import hudson.model.queue.SubTask;
import java.util.Collection;
import java.util.Collections;

/**
 * One pipeline of a Drone build, waiting in the Jenkins queue for an executor on an agent whose labels
 * match. It is not a job: it lives only as long as the build that scheduled it.
 */
public final class PipelineTask implements Queue.Task {

    private final PipelineWork work;
    private final Label label;

    public PipelineTask(PipelineWork work, Label label) {
        this.work = work;
        this.label = label;
    }

    public PipelineWork getWork() {
        return work;
    }

    @Override
    public Label getAssignedLabel() {
        return label;
    }

    @Override
    public Node getLastBuiltOn() {
        return null;
    }

    @Override
    public long getEstimatedDuration() {
        return -1;
    }

    @Override
    public Queue.Executable createExecutable() {
        return new PipelineExecutable(this);
    }

    @Override
    public Queue.Task getOwnerTask() {
        return this;
    }

    @Override
    public Object getSameNodeConstraint() {
        return null;
    }

    @Override
    public ResourceList getResourceList() {
        return new ResourceList();
    }

    @Override
    public String getDisplayName() {
        return work.fullDisplayName();
    }

    @Override
    public boolean isBuildBlocked() {
        return work.waitingBecause() != null;
    }

    @Override
    public String getWhyBlocked() {
        return work.waitingBecause();
    }

    /** Blocked (in the queue, without an executor) while its work says it must wait. */
    @Override
    public CauseOfBlockage getCauseOfBlockage() {
        String why = work.waitingBecause();
        return why == null ? null : new CauseOfBlockage() {
            @Override
            public String getShortDescription() {
                return why;
            }
        };
    }

    @Override
    public String getName() {
        return work.fullDisplayName();
    }

    @Override
    public String getFullDisplayName() {
        return work.fullDisplayName();
    }

    @Override
    public void checkAbortPermission() {
        work.job().checkPermission(AbstractProject.ABORT);
    }

    @Override
    public boolean hasAbortPermission() {
        return work.job().hasPermission(AbstractProject.ABORT);
    }

    @Override
    public String getUrl() {
        return work.url();
    }

    @Override
    public boolean isConcurrentBuild() {
        return false;
    }

    @Override
    public Collection<? extends SubTask> getSubTasks() {
        return Collections.singleton(this);
    }

    @Override
    public String toString() {
        return "PipelineTask[" + work.fullDisplayName() + "]";
    }
}
