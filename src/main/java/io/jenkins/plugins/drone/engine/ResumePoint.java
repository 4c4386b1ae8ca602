package io.jenkins.plugins.drone.engine;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * Where the caller's durable record of a run stands, for {@link PipelineRun#resume}: a new engine instance (a new
 * agent JVM after the old one died) picks the run up from it and finishes it as the first one would have
 * (docs/architecture.md#durable-runs-engine). Java-serialisable as it is, and plain data for JSON.
 *
 * <p><b>What a line is.</b> {@code linesDelivered} counts the {@link PipelineEvent.StepLog} events of the entry
 * that reached the {@link PipelineListener} and that the caller has durably written: one event is one line, a
 * piece of a long line ({@code continues} set, cut at 64 KiB) counts as one, an empty line counts as one, and the
 * lines the log limit adds (its notes) count like any other. Count events, not newlines in a file.
 *
 * <p><b>How the log state is recovered.</b> Docker keeps each container's whole output, so the engine reads an
 * adopted container's log again from its first byte and passes it through the same splitting, secret masking and
 * log limit as the first time; those are deterministic, so they reach exactly the state they had (the limiter's
 * head and held-back tail, the masker's carried piece), and the first {@code linesDelivered} events of the entry
 * are dropped before the listener. The lines after those get the time at which they are read again. This needs a
 * log driver that keeps the whole log (Docker's default {@code json-file} or {@code local} without rotation).
 *
 * @param startedAtMillis when the run first started: the pipeline timeout counts from it
 * @param entries         how the caller last recorded each entry (steps, services and the clone) by name; an entry
 *                        not in the map counts as pending with no line delivered
 */
public record ResumePoint(long startedAtMillis, Map<String, StepProgress> entries) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ResumePoint {
        entries = Map.copyOf(entries);
    }

    /** How the caller last recorded one entry; pending with nothing delivered when it has no record. */
    public StepProgress of(String entry) {
        return entries.getOrDefault(entry, StepProgress.PENDING);
    }

    /**
     * One entry as the caller last recorded it.
     *
     * @param status         its status (pending, running, or the final one it ended with)
     * @param exitCode       its exit code when it ended, else 0
     * @param linesDelivered how many of its log lines the caller has durably written (see {@link ResumePoint})
     */
    public record StepProgress(StepStatus status, int exitCode, long linesDelivered) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** No record yet. */
        public static final StepProgress PENDING = new StepProgress(StepStatus.PENDING, 0, 0);

        public StepProgress {
            Objects.requireNonNull(status, "status");
            linesDelivered = Math.max(0, linesDelivered);
        }

        /** Whether the entry had ended when the record was written. */
        public boolean ended() {
            return status != StepStatus.PENDING && status != StepStatus.RUNNING;
        }
    }
}
