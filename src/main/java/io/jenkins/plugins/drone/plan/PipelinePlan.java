package io.jenkins.plugins.drone.plan;

import java.util.List;
import java.util.Map;

/**
 * One {@code kind: pipeline} document, planned: whether its trigger matched, where it may run, and its
 * compiled entries (clone, services, steps) with their order and environment.
 *
 * @param name          pipeline name ({@code default} when the file gives none)
 * @param type          pipeline {@code type} as written ("" for Drone's default, docker)
 * @param number        stage number, 1..n among the pipelines that run (0 when excluded)
 * @param run           false when {@code trigger} excluded it
 * @param reason        why it does not run, in words (empty when it runs)
 * @param outcome       predicted status for the exit codes the planner was given
 * @param dependsOn     effective dependencies after Drone's rewrite of excluded pipelines
 * @param onSuccess     {@code trigger.status} matches success: runs after dependencies when the build is green
 * @param onFailure     {@code trigger.status} names failure: runs after dependencies when the build failed
 * @param node          Drone {@code node:} labels (agent selection)
 * @param platform      os/arch/variant/version (agent selection)
 * @param workspace     where the workspace volume is mounted and the default working directory
 * @param cloneSpec     the built-in clone, or null when {@code clone: disable}
 * @param steps         every compiled entry in Drone order: clone, services, steps (services have
 *                      {@link StepKind#SERVICE}); entries excluded by {@code when} are kept with run=false
 * @param volumes       pipeline volumes declared in the file
 * @param imagePullSecrets secret names holding Docker config.json credentials
 * @param environment   pipeline {@code environment:} (already merged into each step's environment)
 * @param concurrency   {@code concurrency.limit}: how many pipelines of this name of the job may run at once,
 *                      across builds (docs/drone-semantics.md#several-pipelines); 0 = unlimited
 */
public record PipelinePlan(
        String name,
        String type,
        int number,
        boolean run,
        String reason,
        Outcome outcome,
        List<String> dependsOn,
        boolean onSuccess,
        boolean onFailure,
        Map<String, String> node,
        PlatformSpec platform,
        WorkspaceSpec workspace,
        CloneSpec cloneSpec,
        List<StepPlan> steps,
        List<VolumeSpec> volumes,
        List<String> imagePullSecrets,
        Map<String, String> environment,
        int concurrency) {

    public PipelinePlan {
        dependsOn = List.copyOf(dependsOn);
        node = Map.copyOf(node);
        steps = List.copyOf(steps);
        volumes = List.copyOf(volumes);
        imagePullSecrets = List.copyOf(imagePullSecrets);
        environment = Map.copyOf(environment);
    }

    /**
     * Drone's rule for a pipeline whose dependencies are done (docs/drone-semantics.md#several-pipelines): it runs
     * when the build has failed and {@code trigger.status} names failure, or the build is green and it names success.
     */
    public boolean runsAfterDependencies(boolean buildFailed) {
        return buildFailed ? onFailure : onSuccess;
    }

    /** True for an exec pipeline: its steps run as processes on the agent, not in containers. */
    public boolean runsOnHost() {
        return io.jenkins.plugins.drone.spec.Pipeline.runsOnHost(type);
    }

    /** False for a pipeline of another runner's type (kubernetes, ssh...): it is listed, never run. */
    public boolean runsHere() {
        return io.jenkins.plugins.drone.spec.Pipeline.runsHere(type);
    }

    /** The entry with this name, or null. */
    public StepPlan step(String stepName) {
        return steps.stream().filter(s -> s.name().equals(stepName)).findFirst().orElse(null);
    }

    /** This pipeline with a predicted outcome, its reason, and its entries with their predicted outcomes. */
    public PipelinePlan withOutcome(Outcome newOutcome, String newReason, List<StepPlan> newSteps) {
        return new PipelinePlan(name, type, number, run, newReason.isEmpty() ? reason : newReason, newOutcome, dependsOn,
                onSuccess, onFailure, node, platform, workspace, cloneSpec, newSteps, volumes, imagePullSecrets,
                environment, concurrency);
    }

    /** Drone stage/step target platform. */
    public record PlatformSpec(String os, String arch, String variant, String version) {}

    /**
     * Workspace: the volume is mounted at {@code base}; steps work in {@code fullPath()}. A Windows base
     * ({@code c:\drone\src}) is joined with a backslash.
     */
    public record WorkspaceSpec(String base, String path) {
        public String fullPath() {
            if (path == null || path.isEmpty()) {
                return base;
            }
            String separator = base.startsWith("c:") ? "\\" : "/";
            return base.endsWith(separator) ? base + path : base + separator + path;
        }
    }

    /** The built-in clone: depth 0 = full history. */
    public record CloneSpec(int depth, int retries, boolean skipVerify, boolean trace) {}

    /**
     * A pipeline volume: {@code temp} (a Docker volume for this run, or tmpfs when medium is memory) or
     * {@code host} (bind mount of hostPath; trusted jobs only) or {@code cache} (kept on the agent across builds).
     */
    public record VolumeSpec(String name, String hostPath, boolean temp, String medium, long sizeLimitBytes,
                             CacheSpec cache) {

        /** A volume that is not a cache. */
        public VolumeSpec(String name, String hostPath, boolean temp, String medium, long sizeLimitBytes) {
            this(name, hostPath, temp, medium, sizeLimitBytes, null);
        }
    }

    /**
     * A cache volume (docs/pipelines.md#caches).
     *
     * @param key      the key, or its first part when {@code files} are named
     * @param files    workspace files whose checksum ends the key
     * @param fallback prefix of keys to restore from when the key has no cache yet; empty = none
     */
    public record CacheSpec(String key, List<String> files, String fallback) {
        public CacheSpec {
            files = List.copyOf(files);
        }

        /** The key when it needs no file, else null: it is known only once the workspace holds the files. */
        public String resolvedKeyWithoutFiles() {
            return files.isEmpty() ? key : null;
        }
    }
}
