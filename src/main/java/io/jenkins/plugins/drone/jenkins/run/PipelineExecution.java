package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.remoting.LiveRuns;

import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Node;
import hudson.remoting.RemoteOutputStream;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.drone.engine.RunRequest;
import io.jenkins.plugins.drone.jenkins.agent.DockerHostProperty;
import io.jenkins.plugins.drone.jenkins.queue.PipelineWork;
import io.jenkins.plugins.drone.jenkins.remoting.EngineJarPreloader;
import io.jenkins.plugins.drone.jenkins.remoting.EventLineDecoder;
import io.jenkins.plugins.drone.jenkins.remoting.RunPipelineCallable;
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

    /** How long to wait for events still in flight after the agent call has returned. */
    private static final long EVENT_DRAIN_SECONDS = 30;

    private final AbstractBuild<?, ?> build;
    private final PipelinePlan plan;
    private final PipelineRecord record;
    private final File logDir;
    private volatile RunRequest request;
    private final PrintStream console;
    private final CompletableFuture<DroneStatus> done = new CompletableFuture<>();
    private volatile Thread thread;

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

    /** Ends the pipeline as an error before it was queued, for {@code why}. */
    void refuse(String why) {
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
    public AbstractProject<?, ?> job() {
        return build.getParent();
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
    public String url() {
        return build.getUrl();
    }

    @Override
    public void runOn(Node node) throws InterruptedException {
        thread = Thread.currentThread();
        DroneStatus status = DroneStatus.ERROR;
        String reason = "";
        String nodeName = node == null ? "" : (node.getNodeName().isEmpty() ? "controller" : node.getNodeName());
        record.started(nodeName, System.currentTimeMillis());
        println("running on " + nodeName);
        PipelineEventRecorder recorder = new PipelineEventRecorder(record, logDir, console);
        EventLineDecoder decoder = new EventLineDecoder(recorder);
        PipelineReportsRun reports = PipelineReportsRun.of(build, plan.name());
        boolean agentDone = false;
        try {
            VirtualChannel channel = node == null ? null : node.getChannel();
            if (channel == null) {
                throw new IOException("agent " + nodeName + " is offline");
            }
            LiveRuns.started(runId());
            RunPipelineCallable callable = callable(node, decoder, reports);
            EngineJarPreloader.preload(channel, callable);
            status = DroneStatus.of(channel.call(callable));
            agentDone = true;
            drain(decoder);
        } catch (InterruptedException e) {
            status = DroneStatus.KILLED;
            reason = "aborted";
            agentDone = true;
            drain(decoder);
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            status = DroneStatus.ERROR;
            reason = describe(e, node, nodeName);
            println(reason);
        } finally {
            LiveRuns.ended(runId());
            if (agentDone) {
                reports.archive(record, request.maskedValues(), this::println);
            } else {
                reports.discard();
            }
            long now = System.currentTimeMillis();
            recorder.close();
            record.closeOpenSteps(reason.isEmpty() ? "the pipeline ended" : reason, now);
            record.finished(status, reason, now);
            println(status.word());
            thread = null;
            done.complete(status);
        }
    }

    private RunPipelineCallable callable(Node node, EventLineDecoder decoder, PipelineReportsRun reports)
            throws IOException {
        var sink = reports.sink();
        return new RunPipelineCallable(request, DockerHostProperty.of(node), new RemoteOutputStream(decoder),
                reports.collection(), sink == null ? null : new RemoteOutputStream(sink));
    }

    private String runId() {
        return request.runId();
    }

    /** Waits (uninterruptibly for a bounded time) for events the agent sent before its call returned. */
    private void drain(EventLineDecoder decoder) {
        boolean interrupted = Thread.interrupted();
        try {
            if (!decoder.awaitFinished(EVENT_DRAIN_SECONDS, TimeUnit.SECONDS)) {
                println("warning: the agent's last events did not arrive in time");
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
