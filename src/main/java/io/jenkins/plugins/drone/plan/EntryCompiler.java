package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Clone;
import io.jenkins.plugins.drone.spec.HealthCheck;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Images;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.VolumeMount;
import io.jenkins.plugins.drone.spec.lint.PrivilegedPluginRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compiles one service or step, or the built-in clone, into a {@link StepPlan}
 * (docs/drone-semantics.md#steps-and-services, docs/drone-semantics.md#clone,
 * docs/drone-semantics.md#services-and-detached-steps).
 */
final class EntryCompiler {

    /** What the entries of one pipeline share. */
    record PipelineScope(EntryEnvironment.Shared environment, PipelinePlan.WorkspaceSpec workspace,
            Set<String> volumeNames, BuildContext build) {}

    /** The built-in clone always runs, fails the pipeline when it fails, and has no image to pull. */
    private static final StepPlan.Policies CLONE_POLICIES = new StepPlan.Policies(PullPolicy.IF_NOT_EXISTS,
            RunPolicy.ALWAYS, ErrorPolicy.FAIL, false, 0, null);

    private EntryCompiler() {
    }

    /** The built-in clone: run policy always, image chosen by the engine, parameters from {@code clone:}. */
    static StepPlan clone(PipelineScope scope, Clone clone, int number) {
        Map<String, String> params = new TreeMap<>();
        if (clone != null && clone.depth() > 0) {
            params.put("PLUGIN_DEPTH", Integer.toString(clone.depth()));
        }
        if (clone != null && clone.retries() > 0) {
            params.put("PLUGIN_RETRIES", Integer.toString(clone.retries()));
        }
        if (clone != null && clone.skipVerify()) {
            params.put("PLUGIN_SKIP_VERIFY", "true");
        }
        EntryEnvironment.Result env = EntryEnvironment.of(scope.environment(), "clone", number, Map.of(), Map.of(), params);
        return new StepPlan("clone", number, StepKind.CLONE, null, List.of(), StepPlan.Verdict.RUNS, CLONE_POLICIES,
                StepPlan.Process.environmentOnly(env.plain(), env.secrets(), scope.workspace().fullPath()),
                StepPlan.ContainerOptions.NONE, StepPlan.Resources.NONE);
    }

    /**
     * A service ({@code detach} forced) or step; {@code number} is 0 when {@code when} excludes it. A plugin image
     * Drone runs privileged by itself runs so only for a trusted job; otherwise a warning in {@code problems} says
     * why it runs unprivileged (docs/drone-semantics.md#privileged-plugins).
     */
    static StepPlan step(PipelineScope scope, Step step, StepKind kind, int number, List<String> dependsOn,
            List<Diagnostic> problems) {
        String excludedBecause = ConditionReasons.when(step.when(), scope.build());
        boolean run = excludedBecause.isEmpty();
        boolean detach = kind == StepKind.SERVICE || step.detach();
        EntryEnvironment.Result env = EntryEnvironment.of(scope.environment(), step.name(), number,
                step.environment(), step.settings(), Map.of());
        boolean plugin = Images.isPrivilegedPlugin(step);
        if (plugin && !scope.build().trusted() && run) {
            problems.add(PrivilegedPluginRule.warning(step));
        }
        boolean privileged = step.privileged() || plugin && scope.build().trusted();
        StepPlan.Policies policies = new StepPlan.Policies(Policies.pullPolicy(step.pull()),
                run ? Policies.runPolicy(step.when().status()) : RunPolicy.NEVER, Policies.errorPolicy(step.failure()),
                detach, 0, health(step.healthcheck()));
        StepPlan.Process process = new StepPlan.Process(step.commands(), step.entrypoint(), step.command(), env.plain(),
                env.secrets(), workingDir(scope, step, detach), emptyToNull(step.user()));
        StepPlan.ContainerOptions container = new StepPlan.ContainerOptions(privileged, mounts(step.volumes(), scope),
                mounts(step.devices(), scope), step.extraHosts(), step.dns(), step.dnsSearch(),
                emptyToNull(step.networkMode()),
                step.tmpfs().stream().map(t -> new StepPlan.Tmpfs(t.path(), t.sizeBytes())).toList());
        StepPlan.Resources resources = new StepPlan.Resources(step.shmSize(), memLimit(step), step.memswapLimit(),
                cpuLimit(step));
        return new StepPlan(step.name(), number, kind, step.image(), dependsOn,
                run ? StepPlan.Verdict.RUNS : StepPlan.Verdict.excluded(excludedBecause), policies, process, container,
                resources);
    }

    private static StepPlan.Health health(HealthCheck h) {
        return h == null ? null : new StepPlan.Health(h.test(), h.intervalMillis(), h.timeoutMillis(), h.retries(),
                h.startPeriodMillis(), h.disable());
    }

    private static String workingDir(PipelineScope scope, Step step, boolean detach) {
        if (!step.workingDir().isEmpty()) {
            return step.workingDir();
        }
        return detach && step.commands().isEmpty() ? null : scope.workspace().fullPath();
    }

    /** Mounts of declared pipeline volumes; Drone ignores a mount of an unknown volume. */
    private static List<StepPlan.Mount> mounts(List<VolumeMount> mounts, PipelineScope scope) {
        return mounts.stream().filter(m -> scope.volumeNames().contains(m.name()))
                .map(m -> new StepPlan.Mount(m.name(), m.path())).toList();
    }

    /** {@code mem_limit}, else drone-yaml's {@code resources.limits.memory}. */
    private static long memLimit(Step step) {
        boolean hasLimits = step.resources() != null && step.resources().limits() != null;
        return step.memLimit() != 0 || !hasLimits ? step.memLimit() : step.resources().limits().memory();
    }

    private static double cpuLimit(Step step) {
        return step.resources() == null || step.resources().limits() == null ? 0 : step.resources().limits().cpu();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
