package io.jenkins.plugins.drone.jenkins.queue;

import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.ResourceList;
import hudson.model.queue.CauseOfBlockage;
import hudson.model.queue.SubTask;
import java.util.Collection;
import java.util.Collections;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One pipeline of a Drone build, waiting in the Jenkins queue for an executor on an agent whose labels
 * match. It is not a job: it lives only as long as the build that scheduled it (transient: a restarted
 * controller does not load it again; the build is resumed instead). Queue items and executors
 * export it in {@code api/json} like a job: name, url (of its build), plus the pipeline and the build.
 */
@ExportedBean
public class PipelineTask implements Queue.TransientTask {

    /** Work that needs no agent executor: the controller's one-off executor runs it (a resumed build). */
    public static final class Flyweight extends PipelineTask implements Queue.FlyweightTask {
        public Flyweight(PipelineWork work) {
            super(work, null);
        }
    }


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

    /** "job #12 » backend", exported as a job exports its name. */
    @Override
    @Exported(visibility = 999)
    public String getName() {
        return work.fullDisplayName();
    }

    /** The absolute URL of the build page, exported as {@code url} as a job exports its own. */
    @Exported(visibility = 999, name = "url")
    public String getAbsoluteUrl() {
        return absoluteUrl(work.url());
    }

    /** The pipeline's name in the {@code .drone.yml}. */
    @Exported(visibility = 2)
    public String getPipeline() {
        return work.pipelineName();
    }

    /** The build this pipeline belongs to, for those who may read its job (the queue shows everyone's tasks). */
    @Exported(visibility = 2)
    public AbstractBuild<?, ?> getBuild() {
        return work.job().hasPermission(Item.READ) ? work.build() : null;
    }

    /** {@code url} under the root URL; left relative when Hudson knows no root URL (no request, none set). */
    static String absoluteUrl(String url) {
        String root = Hudson.getInstance().getRootUrl();
        return root == null ? url : root + url;
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
