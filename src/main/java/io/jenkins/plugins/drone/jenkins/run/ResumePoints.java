package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.engine.ResumePoint;
import io.jenkins.plugins.drone.engine.StepStatus;
import io.jenkins.plugins.drone.jenkins.records.DroneStatus;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's {@link ResumePoint} of a pipeline as its record stands: every entry that started or ended, with
 * its status, exit code and the log lines written ({@link StepRecord#logMark()}). Entries still pending are left
 * out (the engine counts them as pending).
 */
final class ResumePoints {

    private ResumePoints() {}

    static ResumePoint of(PipelineRecord record) {
        Map<String, ResumePoint.StepProgress> entries = new LinkedHashMap<>();
        for (StepRecord step : record.getSteps()) {
            if (step.status() != DroneStatus.PENDING && step.status() != DroneStatus.WAITING) {
                entries.put(step.getName(), new ResumePoint.StepProgress(StepStatus.valueOf(step.status().name()),
                        step.getExitCode(), step.logMark().lines()));
            }
        }
        return new ResumePoint(record.getStartedMillis(), entries);
    }
}
