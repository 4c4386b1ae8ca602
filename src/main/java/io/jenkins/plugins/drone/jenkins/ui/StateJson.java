package io.jenkins.plugins.drone.jenkins.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.drone.jenkins.logs.LogFiles;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import java.io.File;
import java.util.List;

/**
 * The live state the build page polls: every pipeline and step with status (and whether it has finished,
 * so the page needs no list of final statuses), figures already in human units, and the current size of
 * each step's log (where the log pane starts tailing).
 */
public final class StateJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StateJson() {}

    /** The state of all pipelines of {@code action}'s build. */
    public static ObjectNode of(PipelinesAction action) {
        ObjectNode state = JSON.createObjectNode();
        state.put("building", action.getBuild().isBuilding());
        ArrayNode pipelines = state.putArray("pipelines");
        for (PipelineRecord pipeline : action.getPipelines()) {
            pipeline(pipelines.addObject(), action, pipeline);
        }
        return state;
    }

    private static void pipeline(ObjectNode json, PipelinesAction action, PipelineRecord pipeline) {
        json.put("name", pipeline.getName());
        json.put("status", pipeline.getStatus());
        json.put("finished", pipeline.isFinished());
        json.put("node", pipeline.getNode());
        json.put("reason", text(pipeline.getReason()));
        long end = pipeline.getFinishedMillis() == 0 ? System.currentTimeMillis() : pipeline.getFinishedMillis();
        json.put("duration", pipeline.getStartedMillis() == 0 ? "" : Figures.duration(end - pipeline.getStartedMillis()));
        strings(json.putArray("dependsOn"), pipeline.getDependsOn());
        json.put("read", Figures.bytes(pipeline.getBlockReadBytes()));
        json.put("written", Figures.bytes(pipeline.getBlockWriteBytes()));
        ArrayNode caches = json.putArray("caches");
        pipeline.getCaches().forEach(c -> caches.addObject().put("volume", c.getVolume()).put("key", c.getKey())
                .put("outcome", c.getOutcome()).put("restoredFrom", c.getRestoredFrom()).put("saved", c.isSaved())
                .put("size", c.getSizeText()));
        ArrayNode steps = json.putArray("steps");
        for (StepRecord step : pipeline.getSteps()) {
            step(steps.addObject(), step, LogFiles.of(action, pipeline.getName(), step.getName()));
        }
    }

    private static void step(ObjectNode json, StepRecord step, File log) {
        json.put("name", step.getName());
        json.put("kind", step.getKind());
        json.put("status", step.getStatus());
        json.put("finished", step.isFinished());
        json.put("exitCode", step.getExitCode());
        json.put("reason", text(step.getReason()));
        json.put("duration", Figures.duration(step.getDurationMillis()));
        json.put("memory", Figures.bytes(step.getPeakMemoryBytes()));
        json.put("read", Figures.bytes(step.getBlockReadBytes()));
        json.put("written", Figures.bytes(step.getBlockWriteBytes()));
        // a look at a local image takes milliseconds: only a wait the user can notice is shown
        json.put("pull", step.getPullMillis() < 100 ? "" : Figures.duration(step.getPullMillis()));
        json.put("logSize", log != null && log.isFile() ? log.length() : 0);
        strings(json.putArray("dependsOn"), step.getDependsOn());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
