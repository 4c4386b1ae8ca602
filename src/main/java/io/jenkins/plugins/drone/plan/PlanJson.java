package io.jenkins.plugins.drone.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stable JSON form of a {@link Plan} printed by {@code drone-pipeline plan} (docs/architecture.md#plan-json):
 * entries split into {@code steps} (clone included) and {@code services}; secrets shown as {@code <secret:NAME>}.
 */
public final class PlanJson {

    private PlanJson() {
    }

    /** Pretty-printed JSON with a fixed key order, ending with a newline. */
    public static String write(Plan plan) {
        return PrettyJson.write(Map.of("pipelines", plan.pipelines().stream().map(PlanJson::pipeline).toList()));
    }

    private static Map<String, Object> pipeline(PipelinePlan p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", p.name());
        if (p.runsOnHost()) {
            json.put("type", p.type());
        }
        json.put("number", p.number());
        json.put("run", p.run());
        json.put("reason", p.reason());
        json.put("outcome", p.outcome().json());
        json.put("depends_on", p.dependsOn());
        json.put("on_success", p.onSuccess());
        json.put("on_failure", p.onFailure());
        json.put("node", new TreeMap<>(p.node()));
        json.put("platform", platform(p.platform()));
        json.put("workspace", p.workspace().fullPath());
        json.put("volumes", p.volumes().stream().map(PlanJson::volume).toList());
        json.put("steps", p.steps().stream().filter(s -> s.kind() != StepKind.SERVICE).map(PlanJson::entry).toList());
        json.put("services", p.steps().stream().filter(s -> s.kind() == StepKind.SERVICE).map(PlanJson::entry).toList());
        return json;
    }

    private static Map<String, Object> entry(StepPlan s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", s.name());
        json.put("number", s.number());
        json.put("kind", word(s.kind()));
        json.put("image", s.image());
        json.put("pull", word(s.policies().pull()));
        json.put("run", s.verdict().run());
        json.put("reason", s.verdict().reason());
        json.put("outcome", s.verdict().outcome().json());
        json.put("depends_on", s.dependsOn());
        json.put("run_policy", word(s.policies().runPolicy()));
        json.put("failure", word(s.policies().errorPolicy()));
        json.put("detach", s.policies().detach());
        if (s.policies().detach()) {
            json.put("ready", word(s.policies().readiness()));
        }
        if (s.policies().health() != null) {
            json.put("healthcheck", health(s.policies().health()));
        }
        json.put("privileged", s.container().privileged());
        json.put("working_dir", s.process().workingDir());
        json.put("commands", s.process().commands());
        json.put("volumes", s.container().volumes().stream().map(PlanJson::mount).toList());
        if (!s.container().tmpfs().isEmpty()) {
            json.put("tmpfs", s.container().tmpfs().stream().map(PlanJson::tmpfs).toList());
        }
        json.put("environment", environment(s));
        return json;
    }

    private static Map<String, String> environment(StepPlan s) {
        Map<String, String> env = new TreeMap<>(s.process().environment());
        s.process().secretEnvironment().forEach((name, secret) -> env.put(name, "<secret:" + secret + ">"));
        return env;
    }

    private static Map<String, Object> mount(StepPlan.Mount m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", m.name());
        json.put("path", m.path());
        return json;
    }

    private static Map<String, Object> health(StepPlan.Health h) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("test", h.test());
        json.put("interval_ms", h.intervalMillis());
        json.put("timeout_ms", h.timeoutMillis());
        json.put("retries", h.retries());
        json.put("start_period_ms", h.startPeriodMillis());
        json.put("disable", h.disable());
        return json;
    }

    private static Map<String, Object> tmpfs(StepPlan.Tmpfs t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", t.path());
        json.put("size", t.sizeBytes());
        return json;
    }

    private static Map<String, Object> platform(PipelinePlan.PlatformSpec p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("os", p.os());
        json.put("arch", p.arch());
        json.put("variant", p.variant());
        json.put("version", p.version());
        return json;
    }

    private static Map<String, Object> volume(PipelinePlan.VolumeSpec v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", v.name());
        json.put("host", v.hostPath());
        json.put("temp", v.temp());
        json.put("medium", v.medium());
        json.put("size_limit", v.sizeLimitBytes());
        if (v.cache() != null) {
            Map<String, Object> cache = new LinkedHashMap<>();
            cache.put("key", v.cache().key());
            cache.put("files", v.cache().files());
            cache.put("resolved_key", v.cache().resolvedKeyWithoutFiles());
            cache.put("fallback", v.cache().fallback());
            json.put("cache", cache);
        }
        return json;
    }

    /** {@code ON_SUCCESS} → {@code on-success}, as Drone spells policies. */
    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
