package io.jenkins.plugins.drone.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build, stage and step variables computed again when an entry starts
 * (docs/drone-semantics.md#environment-precedence point 9, docs/drone-semantics.md#build-variables), so that a notify
 * step sees the failures that happened before it.
 */
final class LiveVariables {

    private LiveVariables() {}

    /**
     * {@code failedStages} are the other pipelines of the build that failed before this one started; they make
     * the build (not this stage) failing.
     */
    static Map<String, String> of(PipelineState state, Entry entry, String pipeline, List<String> failedStages,
                                  long runStartedSeconds, long nowSeconds) {
        List<String> stages = new ArrayList<>(failedStages);
        if (state.failing()) {
            stages.add(pipeline);
        }
        Map<String, String> live = new LinkedHashMap<>();
        live.put("DRONE_BUILD_STATUS", stages.isEmpty() ? "success" : "failure");
        live.put("DRONE_STAGE_STATUS", state.failing() ? "failure" : "success");
        live.put("DRONE_FAILED_STEPS", state.failing() ? String.join(",", state.failedSteps()) : "");
        live.put("DRONE_FAILED_STAGES", String.join(",", stages));
        live.put("DRONE_STEP_NAME", entry.name());
        live.put("DRONE_STEP_NUMBER", Integer.toString(entry.plan.number()));
        live.put("DRONE_STAGE_STARTED", Long.toString(runStartedSeconds));
        live.put("DRONE_STAGE_FINISHED", Long.toString(nowSeconds));
        live.put("DRONE_BUILD_FINISHED", Long.toString(nowSeconds));
        live.put("CI_BUILD_FINISHED", Long.toString(nowSeconds));
        return live;
    }
}
