package io.jenkins.plugins.drone.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts every pipeline's status from its entries' predictions and Drone's stage rules
 * (docs/drone-semantics.md#several-pipelines): a pipeline without dependencies starts at once; one with dependencies
 * waits for them and is then skipped when {@code (buildFailed && !onFailure) || (!buildFailed && !onSuccess)}, where
 * buildFailed looks at every stage finished by then, in file order, so skips cascade.
 */
final class PipelineOutcomes {

    private PipelineOutcomes() {
    }

    /**
     * Pipelines in file order with outcomes. {@code exitCodes} keys are an entry name (any pipeline) or
     * {@code pipeline/entry} (that pipeline only, which wins).
     */
    static List<PipelinePlan> predict(List<PipelinePlan> pipelines, Map<String, Integer> exitCodes) {
        List<PipelinePlan> result = new ArrayList<>(pipelines);
        List<int[]> failedAt = new ArrayList<>();
        DependencyClock.walk(
                pipelines.stream().map(PipelinePlan::name).toList(),
                pipelines.stream().map(PipelinePlan::dependsOn).toList(),
                (index, now) -> {
                    PipelinePlan pipeline = pipelines.get(index);
                    if (!pipeline.run()) {
                        result.set(index, excluded(pipeline));
                        return 0;
                    }
                    String skip = pipeline.dependsOn().isEmpty() ? null : skipReason(pipeline, pipelines, failedAt, now);
                    if (skip != null) {
                        result.set(index, skipped(pipeline, skip));
                        return 0;
                    }
                    boolean buildFailed = failedAt.stream().anyMatch(f -> f[0] <= now);
                    StepOutcomes.Prediction prediction = StepOutcomes.predict(pipeline.steps(), codesOf(pipeline.name(), exitCodes),
                            buildFailed);
                    if (prediction.failed()) {
                        failedAt.add(new int[] {now + 1, index});
                    }
                    result.set(index, pipeline.withOutcome(
                            prediction.failed() ? Outcome.FAILURE : Outcome.SUCCESS, "", prediction.entries()));
                    return 1;
                });
        return result;
    }

    private static Map<String, Integer> codesOf(String pipeline, Map<String, Integer> exitCodes) {
        Map<String, Integer> codes = new HashMap<>();
        exitCodes.forEach((key, code) -> {
            if (key.startsWith(pipeline + "/")) {
                codes.put(key.substring(pipeline.length() + 1), code);
            } else if (!key.contains("/")) {
                codes.putIfAbsent(key, code);
            }
        });
        return codes;
    }

    private static String skipReason(PipelinePlan pipeline, List<PipelinePlan> all, List<int[]> failedAt, int now) {
        int[] failure = failedAt.stream().filter(f -> f[0] <= now).findFirst().orElse(null);
        if (pipeline.runsAfterDependencies(failure != null)) {
            return null;
        }
        return failure != null ? "skipped: pipeline " + all.get(failure[1]).name() + " failed"
                : "skipped: runs on failure and no pipeline failed";
    }

    private static PipelinePlan excluded(PipelinePlan pipeline) {
        return pipeline.withOutcome(Outcome.EXCLUDED, "", pipeline.steps().stream()
                .map(s -> s.withOutcome(Outcome.EXCLUDED, s.verdict().reason().isEmpty() ? "pipeline excluded" : ""))
                .toList());
    }

    private static PipelinePlan skipped(PipelinePlan pipeline, String reason) {
        return pipeline.withOutcome(Outcome.SKIPPED, reason, pipeline.steps().stream()
                .map(s -> s.verdict().run() ? s.withOutcome(Outcome.SKIPPED, "skipped: pipeline skipped")
                        : s.withOutcome(Outcome.EXCLUDED, ""))
                .toList());
    }
}
