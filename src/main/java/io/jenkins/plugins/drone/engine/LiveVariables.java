package io.jenkins.plugins.drone.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The build, stage and step variables computed again when an entry starts (drone-yaml.md §7.3 point 9,
 * §12), so that a notify step sees the failures that happened before it.
 */
final class LiveVariables {

    private LiveVariables() {}

    static Map<String, String> of(PipelineState state, Entry entry, String pipeline, long runStartedSeconds,
                                  long nowSeconds) {
        String status = state.failing() ? "failure" : "success";
        Map<String, String> live = new LinkedHashMap<>();
        live.put("DRONE_BUILD_STATUS", status);
        live.put("DRONE_STAGE_STATUS", status);
        live.put("DRONE_FAILED_STEPS", state.failing() ? String.join(",", state.failedSteps()) : "");
        live.put("DRONE_FAILED_STAGES", state.failing() ? pipeline : "");
        live.put("DRONE_STEP_NAME", entry.name());
        live.put("DRONE_STEP_NUMBER", Integer.toString(entry.plan.number()));
        live.put("DRONE_STAGE_STARTED", Long.toString(runStartedSeconds));
        live.put("DRONE_STAGE_FINISHED", Long.toString(nowSeconds));
        live.put("DRONE_BUILD_FINISHED", Long.toString(nowSeconds));
        live.put("CI_BUILD_FINISHED", Long.toString(nowSeconds));
        return live;
    }
}
