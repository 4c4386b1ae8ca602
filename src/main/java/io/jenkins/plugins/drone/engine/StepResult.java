package io.jenkins.plugins.drone.engine;

/**
 * How one entry of a pipeline ended.
 *
 * @param name          entry name
 * @param number        {@code DRONE_STEP_NUMBER}
 * @param status        final status
 * @param exitCode      exit code (0 for skipped, 255 for engine errors, 137 for killed)
 * @param startedMillis epoch millis when it started, 0 when it never ran
 * @param finishedMillis epoch millis when it ended, 0 when it never ran
 * @param figures       what it cost
 * @param message       why it errored, was skipped or killed, in words (empty otherwise)
 */
public record StepResult(String name, int number, StepStatus status, int exitCode, long startedMillis,
                         long finishedMillis, StepFigures figures, String message) {}
