package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.AbstractBuild;
import hudson.model.Node;
import hudson.remoting.Callable;
import hudson.remoting.RemoteOutputStream;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.drone.engine.ResumePoint;
import io.jenkins.plugins.drone.engine.RunRequest;
import io.jenkins.plugins.drone.jenkins.agent.DockerHostProperty;
import io.jenkins.plugins.drone.jenkins.config.DroneSettings;
import io.jenkins.plugins.drone.jenkins.queue.PipelineWork;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.remoting.EventLineDecoder;
import io.jenkins.plugins.drone.jenkins.remoting.LiveRuns;
import io.jenkins.plugins.drone.jenkins.remoting.PipelineCallable;
import io.jenkins.plugins.drone.jenkins.remoting.ResumePipelineCallable;
import io.jenkins.plugins.drone.jenkins.remoting.RunPipelineCallable;
import io.jenkins.plugins.drone.jenkins.reports.CollectedTar;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one pipeline of a build on the agent its queue task landed on: sends the plan to the agent's
 * engine, records the events that come back, and reports the pipeline's final status.
 */
public final class PipelineExecution implements PipelineWork {

    /**
     * After the agent call has returned, the events still in flight are awaited as long as they keep coming; once none
     * has come for this long, the rest is given up.
     */
    private static final long EVENT_QUIET_SECONDS = 30;

    private final AbstractBuild<?, ?> build;
    private final PipelinePlan plan;
    private final PipelineRecord record;
    private final File logDir;
    private volatile RunRequest request;
    private final PrintStream console;
    private final CompletableFuture<DroneStatus> done = new CompletableFuture<>();
    private volatile Thread thread;
    /** Where a resumed run starts from (null for a fresh run), and the node it ran on. */
    private ResumePoint resumeFrom;
    private String resumeNode;

    /**
     * @param logDir  where the per-step logs of this pipeline go
     * @param request what the agent gets to run the pipeline
     */
    PipelineExecution(AbstractBuild<?, ?> build, PipelineRecord record, File logDir, RunRequest request,
                      PrintStream console) {
        this.build = build;
        this.plan = request.pipeline();
        this.record = record;
        this.logDir = logDir;
        this.request = request;
        this.console = console;
    }

    /** Pipelines of the build that had failed when this one was dispatched (DRONE_BUILD_STATUS, DRONE_FAILED_STAGES). */
    void failedStages(List<String> names) {
        request = request.withFailedStages(names);
    }

    /** Makes this the resumption of a run that was running on {@code nodeName} when the controller went down. */
    void resumeOn(String nodeName) {
        resumeNode = nodeName;
        resumeFrom = ResumePoints.of(record);
    }

    /** The node a resumed run must go back to, or null for a fresh run (any agent with the labels). */
    String resumeNode() {
        return resumeNode;
    }

    /** {@code concurrency.limit} of the pipeline: how many of this name of the job may run at once; 0 = any. */
    int concurrencyLimit() {
        return plan.concurrency();
    }

    int buildNumber() {
        return build.getNumber();
    }

    /** A concurrency limit holds it in the queue: said once on the console and shown on the build page. */
    @Override
    public String waitingBecause() {
        String why = ConcurrencyGate.waitingBecause(this);
        if (why != null && !why.equals(record.getReason())) {
            record.pendingBecause(why);
            println(why);
        }
        return why;
    }

    /** Completes with the pipeline's Drone status once it has ended on its agent. */
    CompletableFuture<DroneStatus> done() {
        return done;
    }

    /** Says on the build page why the queued pipeline does not start yet. */
    void pendingBecause(String why) {
        record.pendingBecause(why);
    }

    /** Ends the pipeline as an error before it was queued (or while it waited for its agent), for {@code why}. */
    void refuse(String why) {
        LiveRuns.ended(runId());
        long now = System.currentTimeMillis();
        record.closeOpenSteps(why, now);
        record.finished(DroneStatus.ERROR, why, now);
        done.complete(DroneStatus.ERROR);
    }

    /** Aborts the pipeline if it is running on an agent now. */
    void interrupt() {
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public AbstractBuild<?, ?> build() {
        return build;
    }

    @Override
    public String fullDisplayName() {
        return build.getFullDisplayName() + " » " + plan.name();
    }

    @Override
    public String pipelineName() {
        return plan.name();
    }

    @Override
    public void runOn(Node node) throws InterruptedException {
        thread = Thread.currentThread();
        DroneStatus status = DroneStatus.ERROR;
        String reason = "";
        String nodeName = node == null ? "" : (node.getNodeName().isEmpty() ? "controller" : node.getNodeName());
        if (resumeFrom == null) {
            record.started(nodeName, System.currentTimeMillis());
        }
        println((resumeFrom == null ? "running on " : "resuming on ") + nodeName);
        PipelineEventRecorder recorder = new PipelineEventRecorder(record, logDir, console, () -> BuildSaves.soon(build));
        PipelineReportsRun reports = PipelineReportsRun.of(build, plan.name());
        boolean suspended = false;
        boolean agentDone = false;
        try {
            StoredRequests.store(logDir, request);
            BuildSaves.now(build);
            LiveRuns.started(runId());
            status = DroneStatus.of(callUntilEnd(node, nodeName, recorder, reports));
            agentDone = true;
        } catch (InterruptedException e) {
            suspended = ControllerShutdown.underway();
            status = DroneStatus.KILLED;
            reason = "aborted";
            agentDone = !suspended;
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            suspended = ControllerShutdown.underway();
            status = DroneStatus.ERROR;
            reason = describe(e, node, nodeName);
            println(reason);
        } finally {
            if (agentDone) {
                reports.archive(record, request.maskedValues(), this::println);
            } else {
                reports.discard();
            }
            recorder.close();
            thread = null;
            if (suspended) {
                suspend();
            } else {
                end(status, reason);
            }
        }
    }

    /**
     * Runs (or resumes) the pipeline on its agent until it ends; when the agent's connection is lost, waits for the
     * agent to come back within the grace period and resumes the run there from what the records hold.
     */
    private String callUntilEnd(Node node, String nodeName, PipelineEventRecorder recorder, PipelineReportsRun reports)
            throws IOException, InterruptedException {
        ResumePoint point = resumeFrom;
        Node current = node;
        if (point == null) {
            channelOf(current, nodeName);
        }
        while (true) {
            EventLineDecoder decoder = new EventLineDecoder(recorder);
            try {
                String word = AgentCall.run(channelOf(current, nodeName), callable(current, point, decoder, reports));
                drain(decoder);
                return word;
            } catch (InterruptedException e) {
                if (!ControllerShutdown.underway()) {
                    drain(decoder);
                }
                throw e;
            } catch (IOException e) {
                if (ControllerShutdown.underway() || !lostConnection(e, current)) {
                    throw e;
                }
                println(describe(e, current, nodeName) + "; waiting up to "
                        + AgentReturn.words(DroneSettings.get().getAgentGraceSeconds()) + " for it to come back");
                current = AgentReturn.await(nodeName);
                synchronized (recorder) {
                    point = ResumePoints.of(record);
                }
                println("agent " + nodeName + " is back; resuming the pipeline");
            }
        }
    }

    private static VirtualChannel channelOf(Node node, String nodeName) throws IOException {
        VirtualChannel channel = node == null ? null : node.getChannel();
        if (channel == null) {
            throw new IOException("agent " + nodeName + " is offline");
        }
        return channel;
    }

    /** The call that runs (or, from {@code point}, resumes) the pipeline on {@code node}; collected files go to {@code reports}. */
    private Callable<String, IOException> callable(Node node, ResumePoint point, EventLineDecoder decoder,
                                                   PipelineReportsRun reports) throws IOException {
        RemoteOutputStream events = new RemoteOutputStream(decoder);
        RunRequest onNode = request.withStorage(DockerHostProperty.storage(node).withScope(request.storage().cacheScope()));
        PipelineCallable call = point == null ? new RunPipelineCallable(onNode, DockerHostProperty.of(node), events)
                : new ResumePipelineCallable(onNode, point, DockerHostProperty.of(node), events);
        reports.discard();
        CollectedTar sink = reports.sink();
        return sink == null ? call : call.collecting(reports.collection(), new RemoteOutputStream(sink));
    }

    /** Ends the pipeline: open steps are closed, the status recorded, the scheduler told. */
    private void end(DroneStatus status, String reason) {
        LiveRuns.ended(runId());
        long now = System.currentTimeMillis();
        record.closeOpenSteps(reason.isEmpty() ? "the pipeline ended" : reason, now);
        record.finished(status, reason, now);
        println(status.word());
        done.complete(status);
    }

    /**
     * The controller is going down while the pipeline runs: its records are saved as they are (running) and the
     * build is left unfinished, to be resumed when the controller is back ({@link BuildResumption}).
     */
    private void suspend() {
        println("the controller is shutting down; the pipeline goes on in Docker and is resumed when it is back");
        BuildSaves.now(build);
    }

    private String runId() {
        return request.runId();
    }

    /** Waits (uninterruptibly for a bounded time) for events the agent sent before its call returned. */
    private void drain(EventLineDecoder decoder) {
        boolean interrupted = Thread.interrupted();
        try {
            if (!decoder.awaitFinished(EVENT_QUIET_SECONDS, TimeUnit.SECONDS)) {
                println("warning: the agent's last events did not arrive: none came for " + EVENT_QUIET_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The failure in words; a broken agent connection is named as such. */
    private static String describe(Exception e, Node node, String nodeName) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return lostConnection(e, node) ? "agent " + nodeName + " disconnected while the pipeline ran (" + message + ")"
                : message;
    }

    private static boolean lostConnection(Throwable e, Node node) {
        if (node != null && (node.getChannel() == null || node.toComputer() == null || node.toComputer().isOffline())) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getSimpleName();
            if (type.equals("RequestAbortedException") || type.equals("ChannelClosedException")
                    || type.equals("EOFException") || type.equals("OrderlyShutdown")) {
                return true;
            }
        }
        return false;
    }

    private void println(String line) {
        synchronized (console) {
            console.println("[" + plan.name() + "] " + line);
        }
    }
}
