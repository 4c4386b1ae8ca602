package io.jenkins.plugins.drone.spec.bind;

import io.jenkins.plugins.drone.spec.Clone;
import io.jenkins.plugins.drone.spec.Concurrency;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Platform;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.Volume;
import io.jenkins.plugins.drone.spec.Workspace;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Binds a {@code kind: pipeline} document (docs/drone-semantics.md#pipeline-document). A pipeline of another runner's type (kubernetes, ssh...) is
 * bound for its name, trigger and dependencies only: its own keys and its steps belong to that runner, so
 * nothing in it is reported here; the linter says it is not run.
 */
public final class PipelineBinder {

    public static final Set<String> KEYS = Set.of("kind", "type", "version", "name", "platform", "workspace", "clone",
            "steps", "services", "volumes", "environment", "trigger", "depends_on", "node", "concurrency",
            "image_pull_secrets");
    private static final Set<String> PLATFORM_KEYS = Set.of("os", "arch", "variant", "version");
    private static final Set<String> WORKSPACE_KEYS = Set.of("base", "path");
    private static final Set<String> CLONE_KEYS = Set.of("disable", "depth", "retries", "skip_verify", "trace");
    private static final Set<String> VOLUME_KEYS = Set.of("name", "host", "temp", "cache");
    private static final Set<String> CACHE_KEYS = Set.of("key", "files", "fallback");
    private static final Set<String> TEMP_KEYS = Set.of("medium", "size_limit");

    private PipelineBinder() {}

    public static Pipeline bind(YamlValue root, List<Diagnostic> reported) {
        String type = root instanceof YamlValue.Mapping m && m.get("type") instanceof YamlValue.Scalar t ? t.text() : "";
        List<Diagnostic> problems = Pipeline.runsHere(type) ? reported : new ArrayList<>();
        Fields f = Fields.of(root, "the pipeline", KEYS, problems);
        String name = f.string("name");
        String where = "pipeline `" + (name.isEmpty() ? "default" : name) + "`";
        return new Pipeline(f.string("kind"), type, f.string("version"), name, platform(f, where),
                workspace(f, where), clone(f, where), steps(f, "steps", where), steps(f, "services", where),
                f.list("volumes", v -> volume(v, where, problems)),
                EnvironmentBinder.bind(f.value("environment"), where + " environment", false, problems),
                ConditionsBinder.bind(f.value("trigger"), f.at("trigger"), where + " `trigger`", problems),
                StepBinder.names(f, "depends_on"), f.stringMap("node"), concurrency(f, where),
                f.strings("image_pull_secrets"), f.keys(), f.position());
    }

    private static List<Step> steps(Fields f, String key, String where) {
        String singular = key.equals("steps") ? "a step" : "a service";
        return f.list(key, v -> StepBinder.bind(v, singular + " of " + where, f.problems()));
    }

    private static Platform platform(Fields f, String where) {
        Fields p = f.child("platform", "`platform` of " + where, PLATFORM_KEYS);
        return new Platform(p.string("os"), p.string("arch"), p.string("variant"), p.string("version"), f.at("platform"));
    }

    private static Workspace workspace(Fields f, String where) {
        Fields w = f.child("workspace", "`workspace` of " + where, WORKSPACE_KEYS);
        return new Workspace(w.string("base"), w.string("path"), f.at("workspace"));
    }

    private static Clone clone(Fields f, String where) {
        Fields c = f.child("clone", "`clone` of " + where, CLONE_KEYS);
        return new Clone(c.bool("disable"), c.integer("depth"), c.integer("retries"), c.bool("skip_verify"),
                c.bool("trace"), f.at("clone"));
    }

    private static Concurrency concurrency(Fields f, String where) {
        Fields c = f.child("concurrency", "`concurrency` of " + where, Set.of("limit"));
        return new Concurrency(c.integer("limit"), f.at("concurrency"));
    }

    private static Volume volume(YamlValue v, String where, List<Diagnostic> problems) {
        Fields vol = Fields.of(v, "a volume of " + where, VOLUME_KEYS, problems);
        Volume.Host host = null;
        Volume.Temp temp = null;
        if (vol.keys().containsKey("host")) {
            Fields h = vol.child("host", "`host` of a volume", Set.of("path"));
            host = new Volume.Host(h.string("path"), vol.at("host"));
        }
        if (vol.keys().containsKey("temp")) {
            Fields t = vol.child("temp", "`temp` of a volume", TEMP_KEYS);
            temp = new Volume.Temp(t.string("medium"), t.size("size_limit"), vol.at("temp"));
        }
        Volume.Cache cache = null;
        if (vol.has("cache")) {
            Fields c = vol.child("cache", "`cache` of a volume", CACHE_KEYS);
            cache = new Volume.Cache(c.string("key"), c.strings("files"), c.string("fallback"), vol.at("cache"));
        }
        return new Volume(vol.string("name"), host, temp, cache, vol.position());
    }
}
