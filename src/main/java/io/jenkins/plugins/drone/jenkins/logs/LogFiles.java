package io.jenkins.plugins.drone.jenkins.logs;

import hudson.model.AbstractBuild;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import java.io.File;
import java.util.List;

/** Where a build keeps its per-step logs: {@code <build dir>/drone/<pipeline index>/<entry file>}. */
public final class LogFiles {

    private LogFiles() {}

    /** The log directory of the pipeline at {@code index} (file order) of {@code build}. */
    public static File pipelineDir(AbstractBuild<?, ?> build, int index) {
        return new File(new File(build.getRootDir(), "drone"), String.valueOf(index));
    }

    /** The log file of a step of {@code records}' build, or null when there is no such step. */
    public static File of(PipelinesAction records, String pipeline, String step) {
        List<PipelineRecord> pipelines = records.getPipelines();
        for (int i = 0; i < pipelines.size(); i++) {
            PipelineRecord record = pipelines.get(i);
            if (record.getName().equals(pipeline) && record.step(step) != null) {
                return new File(pipelineDir(records.getBuild(), i), record.step(step).getLogFile());
            }
        }
        return null;
    }
}
