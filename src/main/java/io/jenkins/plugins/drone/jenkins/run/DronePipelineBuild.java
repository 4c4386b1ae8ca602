package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.jenkins.logs.PlainConsole;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;

import hudson.model.AbstractBuild;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import hudson.model.BuildListener;
import hudson.model.Computer;
import hudson.model.Executor;
import hudson.model.Hudson;
import hudson.model.Result;
import io.jenkins.plugins.drone.jenkins.queue.PipelineExecutable;
import io.jenkins.plugins.drone.jenkins.queue.PipelineTask;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import java.io.File;
import java.io.IOException;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import org.kohsuke.stapler.export.Exported;

/**
 * One build of a {@link DronePipelineJob}: the commit it built, and the status of every pipeline and step
 * (also in {@code api/json} as {@code pipelines}). The work is done by {@link BuildProcess}.
 */
public final class DronePipelineBuild extends AbstractBuild<DronePipelineJob, DronePipelineBuild> {

    private String commit = "";
    private String ref = "";
    private String event = "";

    public DronePipelineBuild(DronePipelineJob job) throws IOException {
        super(job);
    }

    public DronePipelineBuild(DronePipelineJob job, Calendar timestamp) {
        super(job, timestamp);
    }

    /** A build loaded from disk; one left unfinished that will not be resumed ends as an error at once. */
    public DronePipelineBuild(DronePipelineJob job, File buildDir) throws IOException {
        super(job, buildDir);
        BuildResumption.endIfForgotten(this);
    }

    /**
     * The job. Declared here so that this class itself carries the {@code Queue.Executable.getParent()}
     * bridge, which modern Jenkins calls (its API data does not show the one AbstractBuild inherits).
     */
    @Override
    public DronePipelineJob getParent() {
        return super.getParent();
    }

    /**
     * The executor running this build: the one-off executor a flyweight build runs on. Hudson 1.395 looks only
     * at regular executors, so its {@code stop} (the build page's button, {@code POST job/X/N/stop}) found
     * nothing to interrupt; modern Jenkins finds the one-off executor itself, as this does. The continuation after a
     * restart is found on any executor: Hudson 1.395 may give it an agent's regular one.
     */
    @Override
    public Executor getExecutor() {
        for (Computer computer : Hudson.getInstance().getComputers()) {
            for (Executor executor : computer.getOneOffExecutors()) {
                if (executor.getCurrentExecutable() == this || resumes(executor.getCurrentExecutable())) {
                    return executor;
                }
            }
            for (Executor executor : computer.getExecutors()) {
                if (resumes(executor.getCurrentExecutable())) {
                    return executor;
                }
            }
        }
        return super.getExecutor();
    }

    /** Whether {@code executable} is the continuation of this build after a restart ({@link BuildResumption}). */
    private boolean resumes(Object executable) {
        return executable instanceof PipelineExecutable running && running.getParent() instanceof PipelineTask task
                && task.getWork() instanceof BuildResumption && task.getWork().build() == this;
    }

    /** Building while Hudson runs it, and while it is finished after a restart ({@link BuildResumption}). */
    @Override
    public boolean isBuilding() {
        return super.isBuilding() || BuildResumption.isResuming(this);
    }

    /** The console grows while the build is resumed, too. */
    @Override
    public boolean isLogUpdated() {
        return super.isLogUpdated() || BuildResumption.isResuming(this);
    }

    /** A build about to be resumed has no result yet (Hudson loaded it as a failure). */
    void resuming() {
        result = null;
    }

    /** The resumed build has ended with {@code ending}: its result, duration and records are saved. */
    void resumed(Result ending) {
        result = ending;
        duration = Math.max(0, System.currentTimeMillis() - getTimeInMillis());
        BuildSaves.now(this);
    }

    /** Pipelines in file order with their steps, Drone statuses and figures (empty before planning). */
    @Exported(inline = true)
    public List<PipelineRecord> getPipelines() {
        PipelinesAction action = getAction(PipelinesAction.class);
        return action == null ? Collections.emptyList() : action.getPipelines();
    }

    /** The commit this build ran, empty before it was resolved. */
    @Exported
    public String getCommit() {
        return commit;
    }

    /** The git ref this build ran ({@code refs/heads/main}). */
    @Exported
    public String getRef() {
        return ref;
    }

    /** The Drone event (push, tag, cron, promote...). */
    @Exported
    public String getEvent() {
        return event;
    }

    /**
     * The event this build was started for, with Drone's whole hook context (event, action, ref, branch, commit,
     * before, source and target branch, pull request, fork, title, message, author, link); null before the build
     * started or for a build of an earlier version.
     */
    @Exported(inline = true)
    public BuildEvent getEventContext() {
        return getAction(BuildEvent.class);
    }

    /** The pipeline record with this name, or null. */
    public PipelineRecord pipeline(String name) {
        PipelinesAction action = getAction(PipelinesAction.class);
        return action == null ? null : action.pipeline(name);
    }

    void resolved(String newCommit, String newRef, String newEvent) {
        commit = newCommit;
        ref = newRef;
        event = newEvent;
    }

    /**
     * Describes the build by what it built, unless someone described it already. Characters HTML gives a meaning
     * are replaced: Hudson shows descriptions as HTML, modern Jenkins as text.
     */
    void describe(String summary) throws IOException {
        if (getDescription() == null || getDescription().isEmpty()) {
            setDescription(summary.replaceAll("[<>&\"']", "_"));
        }
    }

    @Override
    public void run() {
        run(new Runner());
    }

    /** Hudson's build lifecycle around {@link BuildProcess}. */
    private final class Runner extends AbstractRunner {
        @Override
        protected Result doRun(BuildListener listener) throws Exception {
            try {
                return new BuildProcess(DronePipelineBuild.this, PlainConsole.of(listener.getLogger())).run();
            } finally {
                UnfinishedBuilds.track(DronePipelineBuild.this);
            }
        }

        @Override
        protected void post2(BuildListener listener) {
            // no publishers: everything happens in the pipelines
        }
    }
}
