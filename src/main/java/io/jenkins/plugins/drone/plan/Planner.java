package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Manifest;
import io.jenkins.plugins.drone.spec.Pipeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The planner: a parsed {@code .drone.yml} and a build → which pipelines and entries run, in which order, with
 * which environment, and their predicted outcome for assumed exit codes. Pure: no Docker, no Jenkins.
 */
public final class Planner {

    private Planner() {
    }

    /** Plans with every entry assumed to exit 0. */
    public static PlanResult plan(Manifest manifest, BuildContext build) {
        return plan(manifest, build, Map.of());
    }

    /** Plans with Drone 1.x rules; {@code exitCodes} maps an entry name to its assumed exit code (absent: 0). */
    public static PlanResult plan(Manifest manifest, BuildContext build, Map<String, Integer> exitCodes) {
        return plan(manifest, build, new PlanOptions(exitCodes, false));
    }

    /** Plans {@code manifest} (already substituted and parsed, see {@link BuildVariables#of}) for {@code build}. */
    public static PlanResult plan(Manifest manifest, BuildContext build, PlanOptions options) {
        Map<String, Integer> exitCodes = options.exitCodes();
        boolean legacyGroups = options.legacyGroups() && manifest.legacy();
        List<Diagnostic> problems = new ArrayList<>();
        List<Pipeline> pipelines = manifest.pipelines();
        List<String> reasons = pipelines.stream().map(p -> Pipeline.runsHere(p.type())
                ? ConditionReasons.trigger(p.trigger(), build) : Pipeline.notRunReason(p.type())).toList();
        List<Boolean> runs = reasons.stream().map(String::isEmpty).toList();
        List<List<String>> dependsOn = PipelineDependencies.rewrite(pipelines, runs, problems);
        List<PipelinePlan> plans = new ArrayList<>();
        int stageNumber = 0;
        for (int i = 0; i < pipelines.size(); i++) {
            Pipeline pipeline = pipelines.get(i);
            int number = runs.get(i) ? ++stageNumber : 0;
            var stage = new PipelineCompiler.Stage(number, runs.get(i), reasons.get(i), dependsOn.get(i));
            List<Diagnostic> compiling = Pipeline.runsHere(pipeline.type()) ? problems : new ArrayList<>();
            plans.add(PipelineCompiler.compile(pipeline, stage, build, legacyGroups, compiling));
            if (runs.get(i) && (!build.trusted() || build.fork())) {
                TrustGate.check(pipeline, build.fork(), problems);
            }
        }
        problems.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line())
                .thenComparingInt(d -> d.position().column()));
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return new PlanResult(null, problems);
        }
        return new PlanResult(new Plan(PipelineOutcomes.predict(plans, exitCodes)), problems);
    }
}
