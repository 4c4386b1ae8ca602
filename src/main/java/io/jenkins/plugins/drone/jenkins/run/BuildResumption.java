package io.jenkins.plugins.drone.jenkins.run;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.model.AbstractBuild;
import hudson.model.Hudson;
import hudson.model.Node;
import hudson.model.Result;
import io.jenkins.plugins.drone.engine.RunRequest;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.logs.LogFiles;
import io.jenkins.plugins.drone.jenkins.logs.PlainConsole;
import io.jenkins.plugins.drone.jenkins.queue.PipelineTask;
import io.jenkins.plugins.drone.jenkins.queue.PipelineWork;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.remoting.LiveRuns;
import io.jenkins.plugins.drone.jenkins.scm.LearnedHostKeys;
import io.jenkins.plugins.drone.jenkins.status.BuildStatuses;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finishes a Drone pipeline build that was running when the controller went down. Hudson loads such a build as
 * completed, without an executor; this continuation runs as a flyweight task on the controller's one-off
 * executor ({@link PipelineTask.Flyweight}), the executor the build itself had: the build shows as building while
 * it runs ({@link DronePipelineBuild#isBuilding()} asks {@link #isResuming}), its stop button interrupts it like
 * any build's, and nothing depends on Hudson internals that modern Jenkins changed. It appends to the build's
 * console, lets the pipeline scheduler continue the DAG from the saved records (running pipelines are resumed
 * on their node, from each step's {@link io.jenkins.plugins.drone.jenkins.records.LogMark}), reports statuses to
 * the forge, then sets the result and saves. A build that cannot be resumed (a stored plan is missing) ends as an
 * error with the reason.
 */
public final class BuildResumption implements PipelineWork {

    private static final Logger LOGGER = Logger.getLogger(BuildResumption.class.getName());
    private static final Set<AbstractBuild<?, ?>> RESUMING = ConcurrentHashMap.newKeySet();

    private final DronePipelineBuild build;
    /** The stored request of each pipeline, null where there is none; read once, when the build is queued. */
    private final List<RunRequest> stored;

    private BuildResumption(DronePipelineBuild build, List<RunRequest> stored) {
        this.build = build;
        this.stored = stored;
    }

    /** Whether {@code build} is being finished after a restart right now. */
    static boolean isResuming(AbstractBuild<?, ?> build) {
        return RESUMING.contains(build);
    }

    /** True when {@code build} was left unfinished by a controller that went down: some pipeline has not ended. */
    static boolean unfinished(DronePipelineBuild build) {
        return build.getPipelines().stream().anyMatch(record -> !record.isFinished());
    }

    /**
     * At start-up, once the jobs are loaded (before any agent connects, so no janitor sweeps a run about to be
     * resumed): queues the continuation of every Drone pipeline build left unfinished. Only the builds in the
     * {@link UnfinishedBuilds} index are loaded (modern Jenkins loads builds lazily: a scan of every job's builds
     * would load them all); an entry whose build is gone or has ended is dropped.
     */
    @Initializer(after = InitMilestone.JOB_LOADED)
    public static void resumeUnfinished() {
        UnfinishedBuilds index = UnfinishedBuilds.forController();
        try {
            for (String entry : index.entries()) {
                DronePipelineBuild build = indexed(entry);
                if (build != null && !build.isBuilding() && unfinished(build)) {
                    schedule(build);
                } else if (build == null || !build.isBuilding()) {
                    index.track(UnfinishedBuilds.job(entry), UnfinishedBuilds.number(entry), false);
                }
            }
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Cannot read the index of unfinished builds; none is resumed", e);
        }
        LiveRuns.complete();
    }

    /** The build an index entry names, loading only that one; null when its job or the build is gone. */
    private static DronePipelineBuild indexed(String entry) {
        DronePipelineJob job = Hudson.getInstance().getItemByFullName(UnfinishedBuilds.job(entry), DronePipelineJob.class);
        return job == null ? null : job.getBuildByNumber(UnfinishedBuilds.number(entry));
    }

    /**
     * Ends the open pipelines of a {@code build} just loaded from disk that will not be resumed: it is unfinished but
     * not in the {@link UnfinishedBuilds} index (it was started by a version that kept none), so its page does not
     * show it running for ever.
     */
    static void endIfForgotten(DronePipelineBuild build) {
        if (unfinished(build)) {
            try {
                if (!UnfinishedBuilds.forController().entries().contains(
                        UnfinishedBuilds.entry(build.getParent().getFullName(), build.getNumber()))) {
                    giveUp(build, Messages.resumeImpossible("it is not in the index of unfinished builds"));
                }
            } catch (IOException e) {
                LOGGER.log(Level.WARNING, "Cannot read the index of unfinished builds", e);
            }
        }
    }

    /** Ends every open pipeline of {@code build} and its open steps as an error for {@code why}. */
    private static void giveUp(DronePipelineBuild build, String why) {
        build.getPipelines().stream().filter(record -> !record.isFinished()).forEach(record -> {
            record.closeOpenSteps(why, System.currentTimeMillis());
            record.finished(DroneStatus.ERROR, why, System.currentTimeMillis());
        });
    }

    /** Queues the continuation of {@code build}; it shows as building from now on. */
    static void schedule(DronePipelineBuild build) {
        if (RESUMING.add(build)) {
            build.resuming();
            List<PipelineRecord> records = build.getPipelines();
            List<RunRequest> stored = storedOrNull(build);
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).status() == DroneStatus.RUNNING && stored.get(i) != null) {
                    LiveRuns.started(stored.get(i).runId());
                }
            }
            Hudson.getInstance().getQueue().schedule(new PipelineTask.Flyweight(new BuildResumption(build, stored)), 0);
        }
    }

    @Override
    public void runOn(Node node) throws InterruptedException {
        Result result = Result.FAILURE;
        try (PrintStream console = PlainConsole.of(new PrintStream(new FileOutputStream(build.getLogFile(), true), true,
                StandardCharsets.UTF_8))) {
            console.println("The controller restarted while this build ran; resuming it.");
            try {
                result = resume(console);
            } catch (InterruptedException e) {
                result = Result.ABORTED;
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                String why = Messages.resumeImpossible(String.valueOf(e.getMessage()));
                console.println("ERROR: " + why);
                giveUp(build, why);
            }
            console.println("Finished: " + result);
        } catch (IOException e) {
            // the console cannot be opened: the result is still set below
        } finally {
            build.resumed(result);
            RESUMING.remove(build);
            UnfinishedBuilds.track(build);
        }
    }

    private Result resume(PrintStream console) throws IOException, InterruptedException {
        DronePipelineJob job = build.getParent();
        List<PipelineRecord> records = build.getPipelines();
        List<PipelinePlan> plans = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (stored.get(i) == null) {
                throw new IOException("the stored plan of pipeline " + records.get(i).getName() + " is missing");
            }
            plans.add(stored.get(i).pipeline());
        }
        BuildContext context = stored.get(0).context();
        PlannedPipelines pipelines = new PlannedPipelines(context, BuildProcess.secrets(job, context.event(), context.fork()),
                job.getTimeoutMinutes() * 60L, null, LearnedHostKeys.forController().forAgent(job.gitAuth()));
        BuildStatuses statuses = BuildStatuses.of(build, job.getForge(), context.commit(), context.event(), console);
        try {
            return pipelines.resume(build, plans, records, stored, PipelineScheduler.queue(job.getAgentLabel(), console),
                    console, statuses == null ? record -> { } : statuses::changed);
        } finally {
            if (statuses != null) {
                statuses.awaitSent();
            }
        }
    }

    /** The stored request of every pipeline of {@code build}, null where there is none or it cannot be read. */
    private static List<RunRequest> storedOrNull(DronePipelineBuild build) {
        List<RunRequest> stored = new ArrayList<>();
        PipelinesAction action = build.getAction(PipelinesAction.class);
        int count = action == null ? 0 : action.getPipelines().size();
        for (int i = 0; i < count; i++) {
            RunRequest request;
            try {
                request = StoredRequests.load(LogFiles.pipelineDir(build, i));
            } catch (IOException e) {
                request = null;
            }
            stored.add(request);
        }
        return stored;
    }

    @Override
    public AbstractBuild<?, ?> build() {
        return build;
    }

    @Override
    public String fullDisplayName() {
        return build.getFullDisplayName();
    }

    @Override
    public String pipelineName() {
        return "";
    }
}
