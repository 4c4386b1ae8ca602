package io.jenkins.plugins.drone.jenkins.records;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * What a build knows about one pipeline (a Drone stage): its status in Drone's words, the agent it ran
 * on, why it was skipped, and its entries in Drone order. Persisted in build.xml.
 */
@ExportedBean(defaultVisibility = 2)
public final class PipelineRecord {

    private final String name;
    private final List<String> dependsOn;
    private final List<StepRecord> steps;
    private DroneStatus status;
    private String node = "";
    private String reason;
    private long startedMillis;
    private long finishedMillis;
    private List<CacheRecord> caches;
    private TestSummary tests;
    private transient Consumer<PipelineRecord> observer;

    PipelineRecord(PipelinePlan plan) {
        this.name = plan.name();
        this.dependsOn = new ArrayList<>(plan.dependsOn());
        this.steps = new ArrayList<>();
        for (StepPlan step : plan.steps()) {
            StepRecord record = new StepRecord(step.name(), step.kind().name().toLowerCase(Locale.ROOT),
                    step.number(), StepRecord.logFileName(steps.size(), step.name()), step.dependsOn());
            if (!step.verdict().run()) {
                record.excluded(step.verdict().reason());
            }
            steps.add(record);
        }
        this.status = plan.run() ? DroneStatus.PENDING : DroneStatus.SKIPPED;
        this.reason = plan.reason();
        if (!plan.run()) {
            closeOpenSteps(plan.reason(), 0);
        }
    }

    /** JUnit results of the pipeline's reports, or null when the job reads none for it. */
    @Exported(inline = true)
    public synchronized TestSummary getTests() {
        return tests;
    }

    /** Records the JUnit results read from the pipeline's workspace. */
    public synchronized void tests(TestSummary value) {
        tests = value;
    }

    @Exported
    public String getName() {
        return name;
    }

    /** waiting, pending (queued for an agent), running, success, failure, skipped, killed, error. */
    @Exported
    public String getStatus() {
        return status.word();
    }

    /** Drone status. */
    public DroneStatus status() {
        return status;
    }

    /** The agent that ran it; empty before it was assigned. */
    @Exported
    public String getNode() {
        return node;
    }

    /** Why it did not run (trigger, dependencies) or why it failed outside any step. */
    @Exported
    public String getReason() {
        return reason;
    }

    @Exported
    public List<String> getDependsOn() {
        return Collections.unmodifiableList(dependsOn);
    }

    @Exported
    public long getStartedMillis() {
        return startedMillis;
    }

    @Exported
    public long getFinishedMillis() {
        return finishedMillis;
    }

    @Exported(inline = true)
    public List<StepRecord> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    /** How each cache volume served the run, in the order the run reported them. */
    @Exported(inline = true)
    public synchronized List<CacheRecord> getCaches() {
        return caches == null ? List.of() : List.copyOf(caches);
    }

    /** Notes how a cache served the run. */
    public synchronized void cacheUsed(CacheRecord cache) {
        if (caches == null) {
            caches = new ArrayList<>();
        }
        caches.add(cache);
    }

    /** Bytes its steps read from block devices, in total; -1 when no step has figures. */
    @Exported
    public long getBlockReadBytes() {
        return total(StepRecord::getBlockReadBytes);
    }

    /** Bytes its steps wrote to block devices, in total; -1 when no step has figures. */
    @Exported
    public long getBlockWriteBytes() {
        return total(StepRecord::getBlockWriteBytes);
    }

    /** The step that read and wrote the most bytes (the peak of the pipeline's disk I/O), or null without figures. */
    public StepRecord busiestStep() {
        return steps.stream().filter(s -> io(s) >= 0).max(Comparator.comparingLong(PipelineRecord::io)).orElse(null);
    }

    /** The name of {@link #busiestStep()}, or empty. */
    @Exported
    public String getPeakIoStep() {
        StepRecord step = busiestStep();
        return step == null ? "" : step.getName();
    }

    /** Bytes {@link #busiestStep()} read and wrote, or -1. */
    @Exported
    public long getPeakIoBytes() {
        StepRecord step = busiestStep();
        return step == null ? -1 : io(step);
    }

    private static long io(StepRecord step) {
        return step.getBlockReadBytes() < 0 ? -1 : step.getBlockReadBytes() + Math.max(0, step.getBlockWriteBytes());
    }

    private long total(ToLongFunction<StepRecord> figure) {
        long[] known = steps.stream().mapToLong(figure).filter(v -> v >= 0).toArray();
        return known.length == 0 ? -1 : Arrays.stream(known).sum();
    }

    /** The entry with this name, or null. */
    public StepRecord step(String stepName) {
        return steps.stream().filter(s -> s.getName().equals(stepName)).findFirst().orElse(null);
    }

    public boolean isFinished() {
        return status.isFinished();
    }

    /** Calls {@code changes} after each change of status from now on (commit statuses); not persisted. */
    public synchronized void observe(Consumer<PipelineRecord> changes) {
        observer = changes;
    }

    public synchronized void waiting() {
        status = DroneStatus.WAITING;
        changed();
    }

    public synchronized void queued() {
        status = DroneStatus.PENDING;
        changed();
    }

    /** Says why a queued pipeline does not start yet (no agent has its label, a concurrency limit); it stays pending. */
    public synchronized void pendingBecause(String why) {
        reason = why;
    }

    /** The pipeline runs on {@code nodeName}; why it waited no longer holds. */
    public synchronized void started(String nodeName, long atMillis) {
        status = DroneStatus.RUNNING;
        reason = "";
        node = nodeName;
        startedMillis = atMillis;
        changed();
    }

    /** Ends the pipeline with {@code newStatus}. */
    public synchronized void finished(DroneStatus newStatus, String why, long atMillis) {
        status = newStatus;
        if (why != null && !why.isEmpty()) {
            reason = why;
        }
        finishedMillis = atMillis;
        changed();
    }

    private void changed() {
        if (observer != null) {
            observer.accept(this);
        }
    }

    /** Ends a pipeline that never ran, and every one of its steps, as skipped for {@code why}. */
    public synchronized void skipped(String why, long atMillis) {
        closeOpenSteps(why, atMillis);
        finished(DroneStatus.SKIPPED, why, atMillis);
    }

    /** Marks entries that never reported an end: killed if they were running, skipped otherwise. */
    public synchronized void closeOpenSteps(String why, long atMillis) {
        for (StepRecord step : steps) {
            if (!step.isFinished()) {
                boolean running = step.status() == DroneStatus.RUNNING;
                step.finished(running ? DroneStatus.KILLED : DroneStatus.SKIPPED, running ? 137 : 0, 0, running ? atMillis : 0, why,
                        -1, -1, -1);
            }
        }
    }
}
