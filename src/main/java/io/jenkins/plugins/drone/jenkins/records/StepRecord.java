package io.jenkins.plugins.drone.jenkins.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * What a build knows about one entry of a pipeline (clone, service or step): Drone status, exit code,
 * timings, skip reason and the I/O and memory figures Docker reported. Persisted in build.xml; no secret
 * ever reaches it (log lines are stored in separate, masked files).
 */
@ExportedBean(defaultVisibility = 3)
public final class StepRecord {

    private final String name;
    private final String kind;
    private final String logFile;
    private List<String> dependsOn;
    private int number;
    private DroneStatus status = DroneStatus.PENDING;
    private int exitCode;
    private long startedMillis;
    private long finishedMillis;
    private String reason = "";
    private long peakMemoryBytes = -1;
    private long blockReadBytes = -1;
    private long blockWriteBytes = -1;
    private List<String> maskedSecrets = new ArrayList<>();
    /** One value, replaced whole, so a save that runs while lines arrive never sees a torn mark. */
    private volatile LogMark logMark;
    private long pullMillis;

    StepRecord(String name, String kind, int number, String logFile, List<String> dependsOn) {
        this.name = name;
        this.kind = kind;
        this.number = number;
        this.logFile = logFile;
        this.dependsOn = new ArrayList<>(dependsOn);
    }

    @Exported
    public String getName() {
        return name;
    }

    /** {@code clone}, {@code service} or {@code step}. */
    @Exported
    public String getKind() {
        return kind;
    }

    /** Effective predecessors: the previous entry in a serial pipeline, {@code depends_on} in a graph. */
    @Exported
    public List<String> getDependsOn() {
        return dependsOn == null ? Collections.emptyList() : Collections.unmodifiableList(dependsOn);
    }

    /** {@code DRONE_STEP_NUMBER}; 0 for entries excluded by {@code when}. */
    @Exported
    public int getNumber() {
        return number;
    }

    /** Drone status word: pending, running, success, failure, skipped, killed, error. */
    @Exported
    public String getStatus() {
        return status.word();
    }

    /** Drone status. */
    public DroneStatus status() {
        return status;
    }

    @Exported
    public int getExitCode() {
        return exitCode;
    }

    @Exported
    public long getStartedMillis() {
        return startedMillis;
    }

    @Exported
    public long getFinishedMillis() {
        return finishedMillis;
    }

    /** Wall time in milliseconds, up to now while running, 0 before it starts. */
    @Exported
    public long getDurationMillis() {
        if (startedMillis == 0) {
            return 0;
        }
        return (finishedMillis == 0 ? System.currentTimeMillis() : finishedMillis) - startedMillis;
    }

    /** Why it was skipped or excluded, or what went wrong; empty otherwise. */
    @Exported
    public String getReason() {
        return reason;
    }

    /** Peak memory of the container in bytes, -1 when unknown. */
    @Exported
    public long getPeakMemoryBytes() {
        return peakMemoryBytes;
    }

    /** Bytes the container read from block devices, -1 when unknown. */
    @Exported
    public long getBlockReadBytes() {
        return blockReadBytes;
    }

    /** Bytes the container wrote to block devices, -1 when unknown. */
    @Exported
    public long getBlockWriteBytes() {
        return blockWriteBytes;
    }

    /** Names (never values) of the secrets whose values were masked in this entry's log. */
    @Exported
    public List<String> getMaskedSecrets() {
        return maskedSecrets == null ? List.of() : List.copyOf(maskedSecrets);
    }

    /**
     * How long the entry waited for its image before its container was created (pull policy check and pull),
     * in milliseconds; what a cold agent costs shows here. 0 when another entry had settled the image already.
     */
    @Exported
    public long getPullMillis() {
        return pullMillis;
    }

    /** File name of this entry's log, relative to the pipeline's log directory. */
    public String getLogFile() {
        return logFile;
    }

    /**
     * A log file name for an entry that is safe on any file system and unique within its pipeline: its
     * position plus the name reduced to {@code [A-Za-z0-9._-]}.
     */
    static String logFileName(int position, String stepName) {
        String safe = stepName.replaceAll("[^A-Za-z0-9._-]", "_");
        return String.format("%03d-%s.log", position, safe.length() > 60 ? safe.substring(0, 60) : safe);
    }

    public boolean isFinished() {
        return status.isFinished();
    }

    /** How far its log had been written when the record last changed; {@link LogMark#NONE} before any line. */
    public LogMark logMark() {
        LogMark mark = logMark;
        return mark == null ? LogMark.NONE : mark;
    }

    /** Its log has been written up to {@code mark}. */
    public void logged(LogMark mark) {
        logMark = mark;
    }

    public synchronized void started(int stepNumber, long atMillis) {
        number = stepNumber;
        status = DroneStatus.RUNNING;
        startedMillis = atMillis;
    }

    public synchronized void masked(List<String> secretNames) {
        maskedSecrets = new ArrayList<>(secretNames);
    }

    public synchronized void finished(DroneStatus newStatus, int exit, long started, long finished, String why,
                               long peakMemory, long read, long written) {
        status = newStatus;
        exitCode = exit;
        if (started > 0) {
            startedMillis = started;
        }
        finishedMillis = finished;
        reason = why == null ? "" : why;
        peakMemoryBytes = peakMemory;
        blockReadBytes = read;
        blockWriteBytes = written;
    }

    public synchronized void pulled(long millis) {
        pullMillis = millis;
    }

    public synchronized void excluded(String why) {
        status = DroneStatus.SKIPPED;
        reason = why == null ? "" : why;
    }
}
