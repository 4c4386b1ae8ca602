package io.jenkins.plugins.drone.jenkins.records;

import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
    private boolean waitingReason;
    private long startedMillis;
    private long finishedMillis;

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

    /** The entry with this name, or null. */
    public StepRecord step(String stepName) {
        return steps.stream().filter(s -> s.getName().equals(stepName)).findFirst().orElse(null);
    }

    public boolean isFinished() {
        return status.isFinished();
    }

    public synchronized void waiting() {
        status = DroneStatus.WAITING;
    }

    public synchronized void queued() {
        status = DroneStatus.PENDING;
    }

    /** Why it waits in the queue (a concurrency limit), shown as its reason until it starts. */
    public synchronized void waitingBecause(String why) {
        reason = why;
        waitingReason = true;
    }

    public synchronized void started(String nodeName, long atMillis) {
        if (waitingReason) {
            reason = "";
            waitingReason = false;
        }
        status = DroneStatus.RUNNING;
        node = nodeName;
        startedMillis = atMillis;
    }

    /** Ends the pipeline with {@code newStatus}. */
    public synchronized void finished(DroneStatus newStatus, String why, long atMillis) {
        status = newStatus;
        if (why != null && !why.isEmpty()) {
            reason = why;
        }
        finishedMillis = atMillis;
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
