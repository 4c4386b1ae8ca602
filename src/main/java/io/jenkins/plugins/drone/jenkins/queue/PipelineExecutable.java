package io.jenkins.plugins.drone.jenkins.queue;

import hudson.model.AbstractBuild;
import hudson.model.Executor;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.queue.SubTask;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Runs a {@link PipelineTask} on the executor that took it, on that executor's node. An agent's executor
 * exports it in {@code api/json} as its current executable with what a build exports there (number, url,
 * fullDisplayName), so clients that list running builds find the Drone build on every agent it runs on.
 */
@ExportedBean
public final class PipelineExecutable implements Queue.Executable {

    private final PipelineTask task;

    PipelineExecutable(PipelineTask task) {
        this.task = task;
    }

    @Override
    public SubTask getParent() {
        return task;
    }

    /** The number of the build this pipeline belongs to. */
    @Exported(visibility = 2)
    public int getNumber() {
        return task.getWork().build().getNumber();
    }

    /** The absolute URL of the build page. */
    @Exported(visibility = 2, name = "url")
    public String getAbsoluteUrl() {
        return PipelineTask.absoluteUrl(task.getWork().url());
    }

    /** "job #12 » backend" */
    @Exported(visibility = 2)
    public String getFullDisplayName() {
        return task.getFullDisplayName();
    }

    /** The pipeline's name in the {@code .drone.yml}. */
    @Exported(visibility = 2)
    public String getPipeline() {
        return task.getPipeline();
    }

    /** The build this pipeline belongs to, for those who may read its job. */
    @Exported
    public AbstractBuild<?, ?> getBuild() {
        return task.getBuild();
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
