package io.jenkins.plugins.drone.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * What a running pipeline tells its listener, as plain data (strings, numbers, enums) so that the Jenkins
 * side can send it over the agent channel as one JSON line ({@link PipelineEvents#toJson}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PipelineEvent.PipelineStarted.class, name = "pipelineStarted"),
    @JsonSubTypes.Type(value = PipelineEvent.StepStarted.class, name = "stepStarted"),
    @JsonSubTypes.Type(value = PipelineEvent.StepLog.class, name = "stepLog"),
    @JsonSubTypes.Type(value = PipelineEvent.StepFinished.class, name = "stepFinished"),
    @JsonSubTypes.Type(value = PipelineEvent.Warning.class, name = "warning"),
    @JsonSubTypes.Type(value = PipelineEvent.PipelineFinished.class, name = "pipelineFinished"),
    @JsonSubTypes.Type(value = PipelineEvent.CacheUsed.class, name = "cacheUsed")
})
public sealed interface PipelineEvent {

    /** The run has its network and workspace; entries are about to start. */
    record PipelineStarted(String pipeline, String runId, long atMillis) implements PipelineEvent {}

    /** An entry's container (or the clone) started. */
    record StepStarted(String step, int number, long atMillis) implements PipelineEvent {}

    /**
     * One line of an entry's output (stdout and stderr alike), already masked, and when it arrived; a piece of
     * a long line has {@code continues} set: the line goes on in the next event of that step.
     */
    record StepLog(String step, String line, long atMillis, boolean continues) implements PipelineEvent {

        /** The same line with other text, as a decorator passes it on. */
        public StepLog withLine(String text, boolean goesOn) {
            return new StepLog(step, text, atMillis, goesOn);
        }
    }

    /**
     * An entry ended (also sent for entries that never ran: skipped, excluded, killed while pending).
     * Memory and I/O are -1 when unknown; {@code maskedSecrets} names the secrets masked in its log;
     * {@code pullMillis} is how long it waited for its image ({@link StepFigures#pullMillis()}).
     */
    record StepFinished(String step, int number, StepStatus status, int exitCode, long startedMillis,
                        long finishedMillis, long peakMemoryBytes, long blockReadBytes, long blockWriteBytes,
                        String message, List<String> maskedSecrets, long pullMillis) implements PipelineEvent {

        @JsonCreator
        public StepFinished {
            maskedSecrets = maskedSecrets == null ? List.of() : List.copyOf(maskedSecrets);
        }

        /** An end without an image pull. */
        public StepFinished(String step, int number, StepStatus status, int exitCode, long startedMillis,
                            long finishedMillis, long peakMemoryBytes, long blockReadBytes, long blockWriteBytes,
                            String message, List<String> maskedSecrets) {
            this(step, number, status, exitCode, startedMillis, finishedMillis, peakMemoryBytes, blockReadBytes,
                    blockWriteBytes, message, maskedSecrets, 0);
        }

        static StepFinished of(StepResult r) {
            StepFigures f = r.figures();
            return new StepFinished(r.name(), r.number(), r.status(), r.exitCode(), r.startedMillis(),
                    r.finishedMillis(), f.peakMemoryBytes(), f.blockReadBytes(), f.blockWriteBytes(), r.message(),
                    List.of(), f.pullMillis());
        }

        StepFinished withMaskedSecrets(List<String> names) {
            return new StepFinished(step, number, status, exitCode, startedMillis, finishedMillis, peakMemoryBytes,
                    blockReadBytes, blockWriteBytes, message, names, pullMillis);
        }
    }

    /** Something the user should know that is not a step's output (short secrets, failed pulls). */
    record Warning(String message) implements PipelineEvent {}

    /**
     * How a cache volume served the run, sent once the run has ended: {@code outcome} is {@code hit},
     * {@code fallback} or {@code miss}; {@code saved} whether the run saved it (only successful runs do);
     * {@code sizeBytes} its size when saved, else -1.
     */
    record CacheUsed(String volume, String key, String outcome, String restoredFrom, boolean saved, long sizeBytes)
            implements PipelineEvent {}

    /** Everything the run created is gone; the pipeline has its final status. */
    record PipelineFinished(String pipeline, StepStatus status, long atMillis) implements PipelineEvent {}
}
