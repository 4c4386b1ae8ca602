package io.jenkins.plugins.drone.spec.print;

import io.jenkins.plugins.drone.spec.Build;
import io.jenkins.plugins.drone.spec.GoFloat;
import io.jenkins.plugins.drone.spec.HealthCheck;
import io.jenkins.plugins.drone.spec.Port;
import io.jenkins.plugins.drone.spec.Resources;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.VolumeMount;
import io.jenkins.plugins.drone.spec.bind.ByteSize;
import io.jenkins.plugins.drone.spec.bind.GoDuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A step or service as a printable tree in the key order of docs/drone-semantics.md#formatter. */
final class StepTree {

    private StepTree() {}

    static Map<String, Object> of(Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        Trees.putString(m, "name", s.name());
        Trees.putString(m, "pull", s.pull());
        Trees.putString(m, "image", s.image());
        if (s.build() != null) {
            Map<String, Object> build = build(s.build());
            m.put("build", build.size() == 1 && build.containsKey("image") ? build.get("image") : build);
        }
        if (s.push() != null) {
            m.put("push", Leaf.string(s.push().image()));
        }
        Trees.putTrue(m, "detach", s.detach());
        Trees.putString(m, "user", s.user());
        Trees.putString(m, "shell", s.shell());
        Trees.putStrings(m, "entrypoint", s.entrypoint());
        Trees.putStrings(m, "command", s.command());
        Trees.putStrings(m, "commands", s.commands());
        Trees.putStrings(m, "dns", s.dns());
        Trees.putStrings(m, "dns_search", s.dnsSearch());
        Trees.putStrings(m, "extra_hosts", s.extraHosts());
        Trees.putString(m, "network_mode", s.networkMode());
        Trees.putMap(m, "settings", Trees.settings(s.settings()));
        Trees.putMap(m, "environment", Trees.environment(s.environment()));
        Trees.putString(m, "failure", s.failure());
        Trees.putTrue(m, "privileged", s.privileged());
        Trees.putString(m, "working_dir", s.workingDir());
        Trees.putList(m, "devices", mounts(s.devices()));
        Trees.putList(m, "ports", s.ports().stream().map(StepTree::port).toList());
        if (s.resources() != null) {
            Trees.putMap(m, "resources", resources(s.resources()));
        }
        Trees.putList(m, "volumes", mounts(s.volumes()));
        Trees.putMap(m, "when", Trees.conditions(s.when()));
        Trees.putNames(m, "depends_on", s.dependsOn());
        putSize(m, "shm_size", s.shmSize());
        putSize(m, "mem_limit", s.memLimit());
        putSize(m, "memswap_limit", s.memswapLimit());
        if (s.healthcheck() != null) {
            Trees.putMap(m, "healthcheck", healthCheck(s.healthcheck()));
        }
        Trees.putStrings(m, "tmpfs", s.tmpfs().stream().map(t -> t.sizeBytes() == 0 ? t.path()
                : t.path() + ":" + ByteSize.format(t.sizeBytes())).toList());
        return m;
    }

    private static Map<String, Object> healthCheck(HealthCheck h) {
        Map<String, Object> m = new LinkedHashMap<>();
        Trees.putStrings(m, "test", h.test());
        putDuration(m, "interval", h.intervalMillis());
        putDuration(m, "timeout", h.timeoutMillis());
        Trees.putNumber(m, "retries", h.retries());
        putDuration(m, "start_period", h.startPeriodMillis());
        Trees.putTrue(m, "disable", h.disable());
        return m;
    }

    private static void putDuration(Map<String, Object> m, String key, long millis) {
        if (millis != 0) {
            m.put(key, Leaf.string(GoDuration.formatMillis(millis)));
        }
    }

    private static Map<String, Object> build(Build b) {
        Map<String, Object> m = new LinkedHashMap<>();
        Trees.putString(m, "image", b.image());
        Trees.putSortedStrings(m, "args", b.args());
        Trees.putStrings(m, "cache_from", b.cacheFrom());
        Trees.putString(m, "context", b.context());
        Trees.putString(m, "dockerfile", b.dockerfile());
        Trees.putSortedStrings(m, "labels", b.labels());
        return m;
    }

    private static Object port(Port p) {
        if (p.host() == 0 && p.protocol().isEmpty()) {
            return Leaf.literal(Integer.toString(p.port()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        Trees.putNumber(m, "port", p.port());
        Trees.putNumber(m, "host", p.host());
        Trees.putString(m, "protocol", p.protocol());
        return m;
    }

    private static Map<String, Object> resources(Resources r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (r.limits() != null) {
            Trees.putMap(m, "limits", amount(r.limits()));
        }
        if (r.requests() != null) {
            Trees.putMap(m, "requests", amount(r.requests()));
        }
        return m;
    }

    private static Map<String, Object> amount(Resources.Amount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (a.cpu() != 0) {
            m.put("cpu", Leaf.literal(GoFloat.formatG(a.cpu())));
        }
        putSize(m, "memory", a.memory());
        return m;
    }

    private static List<Object> mounts(List<VolumeMount> mounts) {
        return mounts.stream().<Object>map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            Trees.putString(m, "name", v.name());
            Trees.putString(m, "path", v.path());
            return m;
        }).toList();
    }

    /** Sizes print in human form ({@code 100MiB}) when they are whole units, as drone-yaml does. */
    static void putSize(Map<String, Object> m, String key, long bytes) {
        if (bytes != 0) {
            m.put(key, Leaf.string(ByteSize.format(bytes)));
        }
    }
}
