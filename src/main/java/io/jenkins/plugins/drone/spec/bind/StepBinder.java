package io.jenkins.plugins.drone.spec.bind;

import io.jenkins.plugins.drone.spec.Build;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.Port;
import io.jenkins.plugins.drone.spec.Push;
import io.jenkins.plugins.drone.spec.Resources;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.VolumeMount;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Binds one entry of {@code steps} or {@code services} (docs/drone-semantics.md#steps-and-services). */
public final class StepBinder {

    public static final Set<String> KEYS = Set.of("name", "image", "pull", "commands", "entrypoint", "command",
            "environment", "settings", "when", "depends_on", "detach", "failure", "privileged", "volumes", "devices",
            "working_dir", "user", "network_mode", "dns", "dns_search", "extra_hosts", "shm_size", "mem_limit",
            "memswap_limit", "resources", "shell", "build", "push", "ports", "healthcheck", "tmpfs");
    private static final Set<String> MOUNT_KEYS = Set.of("name", "path");
    private static final Set<String> BUILD_KEYS = Set.of("image", "context", "dockerfile", "args", "labels", "cache_from");
    private static final Set<String> PORT_KEYS = Set.of("port", "host", "protocol");
    private static final Set<String> RESOURCE_KEYS = Set.of("limits", "requests");
    private static final Set<String> AMOUNT_KEYS = Set.of("cpu", "memory");

    private StepBinder() {}

    public static Step bind(YamlValue value, String what, List<Diagnostic> problems) {
        Fields f = Fields.of(value, what, KEYS, problems);
        String name = f.string("name");
        String where = name.isEmpty() ? what : what + " `" + name + "`";
        return new Step(name, f.string("image"), f.string("pull"), f.strings("commands"), f.strings("entrypoint"),
                f.strings("command"), EnvironmentBinder.bind(f.value("environment"), where + " environment", true, problems),
                settings(f, where), ConditionsBinder.bind(f.value("when"), f.at("when"), where + " `when`", problems),
                names(f, "depends_on"), f.bool("detach"), f.string("failure"), f.bool("privileged"),
                f.list("volumes", v -> mount(v, where, problems)), f.list("devices", v -> mount(v, where, problems)),
                f.string("working_dir"), f.string("user"), f.string("network_mode"), f.strings("dns"),
                f.strings("dns_search"), f.strings("extra_hosts"), f.size("shm_size"), f.size("mem_limit"),
                f.size("memswap_limit"), resources(f, where), f.string("shell"), build(f, where), push(f, where),
                f.list("ports", v -> port(v, where, problems)), HealthCheckBinder.healthCheck(f, where),
                TmpfsBinder.tmpfs(f, where), f.keys(), f.position());
    }

    /** A list of names with positions ({@code depends_on}). */
    static List<Name> names(Fields f, String key) {
        return f.list(key, v -> new Name(f.text(v, key), v.position()));
    }

    /**
     * Settings keep their YAML values; a top-level {@code {from_secret: x}} becomes a secret reference
     * (docs/drone-semantics.md#settings-encoding).
     */
    private static Map<String, YamlValue> settings(Fields f, String where) {
        Map<String, YamlValue> settings = new LinkedHashMap<>();
        YamlValue v = f.value("settings");
        if (v instanceof YamlValue.Mapping m) {
            m.entries().forEach((k, val) -> settings.put(k.text(), secretOrValue(val)));
        } else if (v != null) {
            f.problems().add(Diagnostic.error(v.position(), "`settings` of " + where + " must be a map"));
        }
        return settings;
    }

    private static YamlValue secretOrValue(YamlValue value) {
        if (value instanceof YamlValue.Mapping m && m.get("from_secret") instanceof YamlValue.Scalar s
                && !s.isNull() && !s.text().isEmpty()) {
            return new YamlValue.FromSecret(s.text(), m.position());
        }
        return value;
    }

    private static VolumeMount mount(YamlValue v, String where, List<Diagnostic> problems) {
        Fields m = Fields.of(v, "a volume mount of " + where, MOUNT_KEYS, problems);
        return new VolumeMount(m.string("name"), m.string("path"), m.position());
    }

    private static Port port(YamlValue v, String where, List<Diagnostic> problems) {
        if (v instanceof YamlValue.Scalar s && s.resolved() instanceof Long number) {
            return new Port(number.intValue(), 0, "", s.position());
        }
        Fields p = Fields.of(v, "a port of " + where, PORT_KEYS, problems);
        return new Port(p.integer("port"), p.integer("host"), p.string("protocol"), p.position());
    }

    private static Build build(Fields f, String where) {
        YamlValue v = f.value("build");
        if (v == null) {
            return null;
        }
        if (v instanceof YamlValue.Scalar s) {
            return new Build(s.text(), "", "", Map.of(), Map.of(), List.of(), s.position());
        }
        Fields b = Fields.of(v, "`build` of " + where, BUILD_KEYS, f.problems());
        return new Build(b.string("image"), b.string("context"), b.string("dockerfile"), b.stringMap("args"),
                b.stringMap("labels"), b.strings("cache_from"), b.position());
    }

    private static Push push(Fields f, String where) {
        YamlValue v = f.value("push");
        if (v == null) {
            return null;
        }
        if (v instanceof YamlValue.Scalar s) {
            return new Push(s.text(), s.position());
        }
        Fields p = Fields.of(v, "`push` of " + where, Set.of("image"), f.problems());
        return new Push(p.string("image"), p.position());
    }

    private static Resources resources(Fields f, String where) {
        YamlValue v = f.value("resources");
        if (v == null) {
            return null;
        }
        Fields r = Fields.of(v, "`resources` of " + where, RESOURCE_KEYS, f.problems());
        return new Resources(amount(r, "limits", where), amount(r, "requests", where), r.position());
    }

    private static Resources.Amount amount(Fields r, String key, String where) {
        YamlValue v = r.value(key);
        if (v == null) {
            return null;
        }
        Fields a = Fields.of(v, "`resources." + key + "` of " + where, AMOUNT_KEYS, r.problems());
        YamlValue cpu = a.value("cpu");
        double cores = 0;
        if (cpu instanceof YamlValue.Scalar s && s.resolved() instanceof Number n) {
            cores = n.doubleValue();
        } else if (cpu != null) {
            r.problems().add(Diagnostic.error(cpu.position(), "`cpu` must be a number of cores"));
        }
        return new Resources.Amount(cores, a.size("memory"));
    }
}
