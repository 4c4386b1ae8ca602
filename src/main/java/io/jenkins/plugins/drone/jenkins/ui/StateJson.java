package io.jenkins.plugins.drone.jenkins.ui;

import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import java.io.File;
import java.util.List;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;

/**
 * The live state the build page polls: every pipeline and step with status, figures already in human
 * units, and the current size of each step's log (where the log pane starts tailing).
 */
public final class StateJson {

    private StateJson() {}

    /** The state of all pipelines of {@code action}'s build. */
    public static JSONObject of(PipelinesAction action) {
        JSONArray pipelines = new JSONArray();
        for (PipelineRecord pipeline : action.getPipelines()) {
            pipelines.add(pipeline(action, pipeline));
        }
        JSONObject state = new JSONObject();
        state.put("building", action.getBuild().isBuilding());
        state.put("pipelines", pipelines);
        return state;
    }

    private static JSONObject pipeline(PipelinesAction action, PipelineRecord pipeline) {
        JSONObject json = new JSONObject();
        json.put("name", pipeline.getName());
        json.put("status", pipeline.getStatus());
        json.put("node", pipeline.getNode());
        json.put("reason", text(pipeline.getReason()));
        long end = pipeline.getFinishedMillis() == 0 ? System.currentTimeMillis() : pipeline.getFinishedMillis();
        json.put("duration", pipeline.getStartedMillis() == 0 ? "" : Figures.duration(end - pipeline.getStartedMillis()));
        json.put("dependsOn", strings(pipeline.getDependsOn()));
        JSONArray steps = new JSONArray();
        for (StepRecord step : pipeline.getSteps()) {
            steps.add(step(step, action.logFile(pipeline.getName(), step.getName())));
        }
        json.put("steps", steps);
        return json;
    }

    private static JSONObject step(StepRecord step, File log) {
        JSONObject json = new JSONObject();
        json.put("name", step.getName());
        json.put("kind", step.getKind());
        json.put("status", step.getStatus());
        json.put("exitCode", step.getExitCode());
        json.put("reason", text(step.getReason()));
        json.put("duration", Figures.duration(step.getDurationMillis()));
        json.put("memory", Figures.bytes(step.getPeakMemoryBytes()));
        json.put("read", Figures.bytes(step.getBlockReadBytes()));
        json.put("written", Figures.bytes(step.getBlockWriteBytes()));
        json.put("logSize", log != null && log.isFile() ? log.length() : 0);
        json.put("dependsOn", strings(step.getDependsOn()));
        return json;
    }

    private static JSONArray strings(List<String> values) {
        JSONArray array = new JSONArray();
        array.addAll(values);
        return array;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
