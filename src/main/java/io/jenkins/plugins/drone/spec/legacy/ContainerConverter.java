package io.jenkins.plugins.drone.spec.legacy;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.YamlValue;
import io.jenkins.plugins.drone.spec.bind.Fields;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One 0.8 container → one 1.x step (docs/drone-semantics.md#legacy-conversion rule 7): copied fields, {@code pull},
 * environment and secrets, host volumes named {@code hex(src)}, {@code when} (rule 8); every other key becomes a
 * setting.
 */
final class ContainerConverter {

    /**
     * Keys the converter understands; the dropped ones (docs/drone-semantics.md#legacy-conversion) are listed so
     * they do not become settings.
     */
    private static final Set<String> KNOWN = Set.of("name", "image", "detach", "command", "commands", "entrypoint",
            "dns", "dns_search", "extra_hosts", "privileged", "pull", "environment", "secrets", "volumes", "when",
            "allow_failure", "devices", "tmpfs", "shell");
    private static final Set<String> COPIED_LISTS = Set.of("dns", "dns_search", "extra_hosts");
    private static final Set<String> WHEN_KEYS = Set.of("branch", "event", "ref", "repo", "instance", "environment",
            "platform", "status", "matrix", "local");

    private final Map<String, YamlValue> hostVolumes;
    private final List<Diagnostic> problems;

    /** Host volumes found in containers are added to {@code hostVolumes} (name → 1.x volume). */
    ContainerConverter(Map<String, YamlValue> hostVolumes, List<Diagnostic> problems) {
        this.hostVolumes = hostVolumes;
        this.problems = problems;
    }

    YamlValue.Mapping convert(String name, YamlValue container, Position at) {
        Fields c = Fields.of(container, "0.8 container `" + name + "`", allKeys(container), problems);
        Map<String, YamlValue> step = new LinkedHashMap<>();
        step.put("name", Nodes.text(name, at));
        copy(c, "image", step);
        if (c.bool("detach")) {
            step.put("detach", c.value("detach"));
        }
        for (String key : List.of("command", "commands", "entrypoint")) {
            if (c.has(key)) {
                step.put(key, Nodes.texts(Nodes.stringOrList(c.value(key)), c.at(key)));
            }
        }
        COPIED_LISTS.stream().sorted().filter(c::has).forEach(key -> step.put(key, c.value(key)));
        if (c.bool("privileged")) {
            step.put("privileged", c.value("privileged"));
        }
        step.put("pull", Nodes.text(c.bool("pull") ? "always" : "if-not-exists", c.at("pull")));
        Map<String, YamlValue> environment = environment(c);
        if (!environment.isEmpty()) {
            step.put("environment", Nodes.map(environment, c.at("environment")));
        }
        Map<String, YamlValue> settings = settings(container);
        if (!settings.isEmpty()) {
            step.put("settings", Nodes.map(settings, at));
        }
        List<YamlValue> mounts = c.list("volumes", this::mount).stream().filter(m -> m != null).toList();
        if (!mounts.isEmpty()) {
            step.put("volumes", new YamlValue.Sequence(mounts, c.at("volumes")));
        }
        if (c.has("when")) {
            step.put("when", when(c.value("when")));
        }
        return Nodes.map(step, at);
    }

    /** Every key is allowed in a container (unknown ones are plugin settings). */
    private static Set<String> allKeys(YamlValue container) {
        if (container instanceof YamlValue.Mapping m) {
            return m.entries().keySet().stream().map(YamlValue.Scalar::text).collect(java.util.stream.Collectors.toSet());
        }
        return KNOWN;
    }

    private static void copy(Fields c, String key, Map<String, YamlValue> step) {
        if (c.has(key)) {
            step.put(key, c.value(key));
        }
    }

    private static Map<String, YamlValue> settings(YamlValue container) {
        Map<String, YamlValue> settings = new LinkedHashMap<>();
        if (container instanceof YamlValue.Mapping m) {
            m.entries().forEach((k, v) -> {
                if (!KNOWN.contains(k.text())) {
                    settings.put(k.text(), Nodes.reprinted(v));
                }
            });
        }
        return settings;
    }

    /** A map, or a list of {@code KEY=VALUE} (items without {@code =} dropped); then secrets as from_secret. */
    private static Map<String, YamlValue> environment(Fields c) {
        Map<String, YamlValue> env = new LinkedHashMap<>();
        YamlValue v = c.value("environment");
        if (v instanceof YamlValue.Mapping m) {
            m.entries().forEach((k, val) -> env.put(k.text(), val));
        } else if (v instanceof YamlValue.Sequence seq) {
            for (String item : Nodes.stringOrList(seq)) {
                int eq = item.indexOf('=');
                if (eq > 0) {
                    env.put(item.substring(0, eq), Nodes.text(item.substring(eq + 1), seq.position()));
                }
            }
        }
        YamlValue secrets = c.value("secrets");
        if (secrets instanceof YamlValue.Sequence seq) {
            for (YamlValue s : seq.items()) {
                String source = s instanceof YamlValue.Mapping m ? textOf(m.get("source")) : textOf(s);
                String target = s instanceof YamlValue.Mapping m ? textOf(m.get("target")) : source;
                env.put(target.toUpperCase(Locale.ROOT), Nodes.map(Map.of("from_secret", Nodes.text(source, s.position())), s.position()));
            }
        }
        return env;
    }

    private static String textOf(YamlValue v) {
        return v instanceof YamlValue.Scalar s && !s.isNull() ? s.text() : "";
    }

    /** {@code src:dst[:ro]} → mount {@code {name: hex(src), path: dst}} plus a host volume. */
    private YamlValue mount(YamlValue v) {
        String spec = textOf(v);
        String[] parts = spec.split(":");
        if (parts.length < 2) {
            problems.add(Diagnostic.warning(v.position(), "volume `" + spec + "` has no `src:dst` form; dropped by the conversion"));
            return null;
        }
        String name = HexFormat.of().formatHex(parts[0].getBytes(StandardCharsets.UTF_8));
        hostVolumes.putIfAbsent(name, Nodes.map(Map.of("name", Nodes.text(name, v.position()),
                "host", Nodes.map(Map.of("path", Nodes.text(parts[0], v.position())), v.position())), v.position()));
        return Nodes.map(Map.of("name", Nodes.text(name, v.position()), "path", Nodes.text(parts[1], v.position())), v.position());
    }

    /**
     * Rule 8 of docs/drone-semantics.md#legacy-conversion: environment → target, deploy/deployment → promote;
     * platform, local, matrix dropped.
     */
    private YamlValue when(YamlValue when) {
        Fields w = Fields.of(when, "0.8 `when`", WHEN_KEYS, problems);
        Map<String, YamlValue> out = new LinkedHashMap<>();
        for (String key : List.of("branch", "ref", "repo", "instance", "status")) {
            copy(w, key, out);
        }
        if (w.has("environment")) {
            out.put("target", w.value("environment"));
        }
        if (w.has("event")) {
            out.put("event", Events.promote(w.value("event")));
        }
        return Nodes.map(out, w.position());
    }
}
