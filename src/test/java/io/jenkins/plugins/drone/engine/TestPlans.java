package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.ErrorPolicy;
import io.jenkins.plugins.drone.plan.Outcome;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.PullPolicy;
import io.jenkins.plugins.drone.plan.RunPolicy;
import io.jenkins.plugins.drone.plan.StepKind;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built plans for engine tests, standing in for the planner. */
public final class TestPlans {

    public static final String BUSYBOX = "drone-pipeline/busybox:test";
    public static final String REDIS = "drone-pipeline/redis:test";

    private TestPlans() {}

    /** A step running {@code commands} in busybox. */
    public static Step step(String name, String... commands) {
        return new Step(name).commands(commands);
    }

    /** A pipeline of these entries; serial (each depends on the previous) unless any entry has dependencies. */
    public static PipelinePlan pipeline(Step... steps) {
        return pipeline(List.of(), steps);
    }

    /** A pipeline of these entries with {@code concurrency.limit} set. */
    public static PipelinePlan limited(int concurrency, Step... steps) {
        return pipeline(List.of(), concurrency, List.of(), steps);
    }

    public static PipelinePlan pipeline(List<PipelinePlan.VolumeSpec> volumes, Step... steps) {
        return pipeline(volumes, 0, List.of(), steps);
    }

    /** A pipeline of these entries whose images are pulled with the config.json of these secrets. */
    public static PipelinePlan pulling(List<String> imagePullSecrets, Step... steps) {
        return pipeline(List.of(), 0, imagePullSecrets, steps);
    }

    /** An exec pipeline (type {@code exec}) of these entries, serial unless any entry has dependencies. */
    public static PipelinePlan exec(Step... steps) {
        PipelinePlan p = pipeline(steps);
        return new PipelinePlan(p.name(), "exec", p.number(), p.run(), p.reason(), p.outcome(), p.dependsOn(),
                p.onSuccess(), p.onFailure(), p.node(), p.platform(), p.workspace(), p.cloneSpec(), p.steps(),
                p.volumes(), p.imagePullSecrets(), p.environment(), p.concurrency());
    }

    private static PipelinePlan pipeline(List<PipelinePlan.VolumeSpec> volumes, int concurrency,
                                         List<String> imagePullSecrets, Step... steps) {
        boolean graph = List.of(steps).stream().anyMatch(s -> s.dependsOn != null);
        List<StepPlan> plans = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < steps.length; i++) {
            List<String> deps = graph ? (steps[i].dependsOn == null ? List.of() : steps[i].dependsOn)
                    : previous == null ? List.of() : List.of(previous);
            plans.add(steps[i].build(i + 1, deps));
            previous = steps[i].name;
        }
        return new PipelinePlan("default", "docker", 1, true, "", Outcome.SUCCESS, List.of(), true, false, Map.of(),
                new PipelinePlan.PlatformSpec("linux", "amd64", "", ""), new PipelinePlan.WorkspaceSpec("/drone/src", ""),
                null, plans, volumes, imagePullSecrets, Map.of(), concurrency);
    }

    /** Mutable description of one entry. */
    public static final class Step {
        final String name;
        StepKind kind = StepKind.STEP;
        String image = BUSYBOX;
        List<String> commands = List.of();
        List<String> command = List.of();
        List<String> dependsOn;
        RunPolicy runPolicy = RunPolicy.ON_SUCCESS;
        ErrorPolicy errorPolicy = ErrorPolicy.FAIL;
        boolean detach;
        boolean run = true;
        long timeout;
        long memLimit;
        String user;
        String workingDir;
        List<String> extraHosts = List.of();
        final Map<String, String> env = new LinkedHashMap<>();
        final Map<String, String> secrets = new LinkedHashMap<>();
        final List<StepPlan.Mount> volumes = new ArrayList<>();
        final List<StepPlan.Tmpfs> tmpfs = new ArrayList<>();
        StepPlan.Health health;

        Step(String name) {
            this.name = name;
        }

        public Step commands(String... c) { commands = List.of(c); return this; }
        public Step command(String... c) { command = List.of(c); return this; }
        public Step image(String i) { image = i; return this; }
        public Step service() { kind = StepKind.SERVICE; detach = true; return this; }
        public Step clone() { kind = StepKind.CLONE; image = null; runPolicy = RunPolicy.ALWAYS; return this; }
        public Step detach() { detach = true; return this; }
        public Step dependsOn(String... d) { dependsOn = List.of(d); return this; }
        public Step when(RunPolicy p) { runPolicy = p; return this; }
        public Step failure(ErrorPolicy p) { errorPolicy = p; return this; }
        public Step excluded() { run = false; return this; }
        public Step timeout(long seconds) { timeout = seconds; return this; }
        public Step user(String u) { user = u; return this; }
        public Step workingDir(String dir) { workingDir = dir; return this; }
        public Step extraHosts(String... hosts) { extraHosts = List.of(hosts); return this; }
        public Step memLimit(long bytes) { memLimit = bytes; return this; }
        public Step env(String k, String v) { env.put(k, v); return this; }
        public Step secret(String variable, String secretName) { secrets.put(variable, secretName); return this; }
        public Step mount(String volume, String path) { volumes.add(new StepPlan.Mount(volume, path)); return this; }
        public Step tmpfs(String path, long bytes) { tmpfs.add(new StepPlan.Tmpfs(path, bytes)); return this; }
        public Step health(StepPlan.Health h) { health = h; return this; }

        StepPlan build(int number, List<String> deps) {
            return new StepPlan(name, number, kind, image, deps, new StepPlan.Verdict(run, "", Outcome.SUCCESS),
                    new StepPlan.Policies(PullPolicy.DEFAULT, runPolicy, errorPolicy, detach, timeout, health),
                    new StepPlan.Process(commands, List.of(), command, env, secrets, workingDir, user),
                    new StepPlan.ContainerOptions(false, volumes, List.of(), extraHosts, List.of(), List.of(), null,
                            tmpfs),
                    new StepPlan.Resources(0, memLimit, memLimit, 0));
        }
    }
}
