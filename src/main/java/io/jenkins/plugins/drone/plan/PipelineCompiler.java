package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.EnvValue;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Platform;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.Volume;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compiles one pipeline document into its entries in Drone order, clone → services → steps
 * (docs/drone-semantics.md#entry-order), with their order, numbers and environments; an exec pipeline has no services. Outcomes are filled in later by
 * the predictors.
 */
final class PipelineCompiler {

    /** What the build-level pass decided about this pipeline. */
    record Stage(int number, boolean run, String reason, List<String> dependsOn) {}

    private PipelineCompiler() {
    }

    static PipelinePlan compile(Pipeline pipeline, Stage stage, BuildContext build, boolean legacyGroups,
            List<Diagnostic> problems) {
        PipelinePlan.WorkspaceSpec workspace = Workspaces.of(pipeline.workspace(), pipeline.platform().os());
        boolean builtInClone = pipeline.cloning() == null || !pipeline.cloning().disable();
        List<EntryOrder.Declared> declared = new ArrayList<>();
        if (builtInClone) {
            declared.add(new EntryOrder.Declared("clone", List.of(), pipeline.position(), null));
        }
        List<Step> services = Pipeline.runsOnHost(pipeline.type()) ? List.of() : pipeline.services();
        List<Step> containers = new ArrayList<>(services);
        containers.addAll(pipeline.steps());
        for (int i = 0; i < containers.size(); i++) {
            Step s = containers.get(i);
            String stageKey = legacyGroups ? legacyStageKey(s, i < services.size()) : null;
            declared.add(new EntryOrder.Declared(s.name(), s.dependsOn(), s.position(), stageKey));
        }
        List<List<String>> order = EntryOrder.resolve(declared, builtInClone, problems);

        EntryCompiler.PipelineScope scope = new EntryCompiler.PipelineScope(
                shared(pipeline, stage, build, workspace), workspace,
                pipeline.volumes().stream().map(Volume::name).collect(Collectors.toSet()), build);
        List<StepPlan> entries = new ArrayList<>();
        int number = 0;
        List<Diagnostic> stepProblems = stage.run() ? problems : new ArrayList<>();
        if (builtInClone) {
            entries.add(EntryCompiler.clone(scope, pipeline.cloning(), ++number));
        }
        for (int i = 0; i < containers.size(); i++) {
            Step step = containers.get(i);
            StepKind kind = i < services.size() ? StepKind.SERVICE : StepKind.STEP;
            int n = runs(step, build) ? ++number : 0;
            entries.add(EntryCompiler.step(scope, step, kind, n, order.get(entries.size()), stepProblems));
        }
        return new PipelinePlan(pipeline.effectiveName(), pipeline.type(), stage.number(), stage.run(), stage.reason(),
                stage.run() ? Outcome.SUCCESS : Outcome.EXCLUDED, stage.dependsOn(),
                Policies.pipelineOnSuccess(pipeline.trigger().status()),
                Policies.pipelineOnFailure(pipeline.trigger().status()), pipeline.node(), platform(pipeline.platform()),
                workspace, builtInClone ? cloneSpec(pipeline) : null, entries, volumes(pipeline),
                pipeline.imagePullSecrets(), plainEnvironment(pipeline),
                pipeline.concurrency() == null ? 0 : pipeline.concurrency().limit());
    }

    /**
     * Native 0.8 stages: all services together, and consecutive containers with the same {@code group}, which
     * the converter keeps as a {@code group} setting.
     */
    private static String legacyStageKey(Step step, boolean service) {
        if (service) {
            return "services";
        }
        return step.settings().get("group") instanceof YamlValue.Scalar group && group.resolved() != null
                ? "group:" + group.text() : null;
    }

    private static boolean runs(Step step, BuildContext build) {
        return ConditionReasons.when(step.when(), build).isEmpty();
    }

    private static EntryEnvironment.Shared shared(Pipeline pipeline, Stage stage, BuildContext build,
            PipelinePlan.WorkspaceSpec workspace) {
        var buildAndStage = BuildVariables.buildAndCommit(build);
        buildAndStage.putAll(StageVariables.stage(pipeline, build, stage.number(), stage.dependsOn()));
        var gitAndWorkspace = StageVariables.git(build, pipeline.cloning());
        gitAndWorkspace.putAll(StageVariables.workspace(workspace));
        return new EntryEnvironment.Shared(pipeline.environment(), BuildVariables.systemAndRepository(build),
                buildAndStage, gitAndWorkspace);
    }

    private static PipelinePlan.PlatformSpec platform(Platform p) {
        return new PipelinePlan.PlatformSpec(p.os().isEmpty() ? "linux" : p.os(), p.arch().isEmpty() ? "amd64" : p.arch(),
                p.variant(), p.version());
    }

    private static PipelinePlan.CloneSpec cloneSpec(Pipeline pipeline) {
        var c = pipeline.cloning();
        return c == null ? new PipelinePlan.CloneSpec(0, 0, false, false)
                : new PipelinePlan.CloneSpec(c.depth(), c.retries(), c.skipVerify(), c.trace());
    }

    private static List<PipelinePlan.VolumeSpec> volumes(Pipeline pipeline) {
        return pipeline.volumes().stream().map(v -> new PipelinePlan.VolumeSpec(v.name(),
                v.host() == null ? null : v.host().path(), v.temp() != null,
                v.temp() == null ? null : v.temp().medium(), v.temp() == null ? 0 : v.temp().sizeLimit(),
                v.cache() == null ? null : new PipelinePlan.CacheSpec(v.cache().key(), v.cache().files(),
                        v.cache().fallback()))).toList();
    }

    /** Pipeline {@code environment:} as plain text (Drone allows no secrets there). */
    private static Map<String, String> plainEnvironment(Pipeline pipeline) {
        Map<String, String> env = new TreeMap<>();
        pipeline.environment().forEach((k, v) -> {
            if (v instanceof EnvValue.Plain plain) {
                env.put(k, plain.text());
            }
        });
        return env;
    }
}
