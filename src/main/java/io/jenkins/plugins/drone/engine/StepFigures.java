package io.jenkins.plugins.drone.engine;

/**
 * What one step cost, as Docker reports it. Memory and block I/O come from Docker's stats stream,
 * which samples about once a second: a step that ends before the first sample reports -1 (unknown).
 *
 * @param wallMillis      start to exit
 * @param exitCode        container exit code (137 when killed)
 * @param peakMemoryBytes highest memory usage seen, -1 when unknown
 * @param blockReadBytes  block device bytes read, -1 when unknown
 * @param blockWriteBytes block device bytes written, -1 when unknown
 * @param pullMillis      how long the step waited for its image (pull policy check and pull), before its container
 *                        was created; 0 when another step of the run had already settled it
 */
public record StepFigures(long wallMillis, int exitCode, long peakMemoryBytes, long blockReadBytes,
                          long blockWriteBytes, long pullMillis) {

    /** Figures without an image pull. */
    public StepFigures(long wallMillis, int exitCode, long peakMemoryBytes, long blockReadBytes, long blockWriteBytes) {
        this(wallMillis, exitCode, peakMemoryBytes, blockReadBytes, blockWriteBytes, 0);
    }

    /** Figures of a step that never ran a container. */
    public static StepFigures none(int exitCode) {
        return new StepFigures(0, exitCode, -1, -1, -1);
    }

    /** The same figures with another wall time and exit code (the scheduler knows both best). */
    public StepFigures with(long wall, int exit) {
        return new StepFigures(wall, exit, peakMemoryBytes, blockReadBytes, blockWriteBytes, pullMillis);
    }
}
