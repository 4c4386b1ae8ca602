package io.jenkins.plugins.drone.spec.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.drone.spec.Build;
import io.jenkins.plugins.drone.spec.Condition;
import io.jenkins.plugins.drone.spec.Conditions;
import io.jenkins.plugins.drone.spec.Cron;
import io.jenkins.plugins.drone.spec.EnvValue;
import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Port;
import io.jenkins.plugins.drone.spec.Registry;
import io.jenkins.plugins.drone.spec.Resource;
import io.jenkins.plugins.drone.spec.Secret;
import io.jenkins.plugins.drone.spec.Signature;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.Volume;
import io.jenkins.plugins.drone.spec.VolumeMount;
import java.util.List;
import java.util.Map;

/** The model as drone-yaml's json.Marshal writes it (omit empty fields), for the parser goldens. */
final class ModelJson {

    private ModelJson() {}

    static JsonNode resource(Resource r) {
        ObjectNode o = Corpus.JSON.createObjectNode();
        put(o, "kind", r.kind());
        if (r instanceof Pipeline p) {
            pipeline(o, p);
        } else if (r instanceof Secret s) {
            put(o, "name", s.name());
            put(o, "data", s.data());
            ObjectNode get = Corpus.JSON.createObjectNode();
            put(get, "path", s.get().path());
            put(get, "name", s.get().name());
            put(get, "key", s.get().key());
            putObject(o, "get", get);
        } else if (r instanceof Signature s) {
            put(o, "hmac", s.hmac());
        } else if (r instanceof Registry reg) {
            put(o, "type", reg.type());
            putMap(o, "data", reg.data());
        } else if (r instanceof Cron c) {
            put(o, "name", c.name());
            ObjectNode spec = Corpus.JSON.createObjectNode();
            put(spec, "schedule", c.schedule());
            put(spec, "branch", c.branch());
            ObjectNode deployment = Corpus.JSON.createObjectNode();
            put(deployment, "target", c.target());
            putObject(spec, "deployment", deployment);
            putObject(o, "spec", spec);
        }
        return o;
    }

    private static void pipeline(ObjectNode o, Pipeline p) {
        put(o, "type", p.type());
        put(o, "name", p.name());
        ObjectNode platform = Corpus.JSON.createObjectNode();
        put(platform, "os", p.platform().os());
        put(platform, "arch", p.platform().arch());
        put(platform, "variant", p.platform().variant());
        put(platform, "version", p.platform().version());
        putObject(o, "platform", platform);
        ObjectNode workspace = Corpus.JSON.createObjectNode();
        put(workspace, "base", p.workspace().base());
        put(workspace, "path", p.workspace().path());
        putObject(o, "workspace", workspace);
        ObjectNode clone = Corpus.JSON.createObjectNode();
        putBool(clone, "disable", p.cloning().disable());
        putInt(clone, "depth", p.cloning().depth());
        putBool(clone, "skip_verify", p.cloning().skipVerify());
        putObject(o, "clone", clone);
        putSteps(o, "steps", p.steps());
        putSteps(o, "services", p.services());
        ArrayNode volumes = Corpus.JSON.createArrayNode();
        p.volumes().forEach(v -> volumes.add(volume(v)));
        putArray(o, "volumes", volumes);
        putObject(o, "trigger", conditions(p.trigger()));
        putNames(o, "depends_on", p.dependsOn());
        putMap(o, "node", p.node());
        putStrings(o, "image_pull_secrets", p.imagePullSecrets());
    }

    private static JsonNode volume(Volume v) {
        ObjectNode o = Corpus.JSON.createObjectNode();
        put(o, "name", v.name());
        if (v.temp() != null) {
            ObjectNode temp = o.putObject("temp");
            put(temp, "medium", v.temp().medium());
        }
        if (v.host() != null) {
            put(o.putObject("host"), "path", v.host().path());
        }
        return o;
    }

    private static void putSteps(ObjectNode o, String key, List<Step> steps) {
        ArrayNode array = Corpus.JSON.createArrayNode();
        steps.forEach(s -> array.add(step(s)));
        putArray(o, key, array);
    }

    private static JsonNode step(Step s) {
        ObjectNode o = Corpus.JSON.createObjectNode();
        put(o, "name", s.name());
        put(o, "image", s.image());
        put(o, "pull", s.pull());
        putStrings(o, "commands", s.commands());
        putStrings(o, "entrypoint", s.entrypoint());
        putStrings(o, "command", s.command());
        ObjectNode env = Corpus.JSON.createObjectNode();
        s.environment().forEach((k, v) -> env.set(k, v instanceof EnvValue.Plain plain
                ? Corpus.JSON.createObjectNode().put("value", plain.text())
                : Corpus.JSON.createObjectNode().put("from_secret", ((EnvValue.Secret) v).secret())));
        putObject(o, "environment", env);
        putObject(o, "when", conditions(s.when()));
        putNames(o, "depends_on", s.dependsOn());
        putBool(o, "detach", s.detach());
        put(o, "failure", s.failure());
        putBool(o, "privileged", s.privileged());
        putMounts(o, "volumes", s.volumes());
        putMounts(o, "devices", s.devices());
        put(o, "working_dir", s.workingDir());
        put(o, "network_mode", s.networkMode());
        put(o, "shell", s.shell());
        put(o, "user", s.user());
        if (s.build() != null) {
            o.set("build", build(s.build()));
        }
        if (s.push() != null) {
            put(o.putObject("push"), "image", s.push().image());
        }
        ArrayNode ports = Corpus.JSON.createArrayNode();
        for (Port port : s.ports()) {
            ObjectNode p = ports.addObject();
            putInt(p, "port", port.port());
            putInt(p, "host", port.host());
            put(p, "protocol", port.protocol());
        }
        putArray(o, "ports", ports);
        return o;
    }

    private static JsonNode build(Build b) {
        ObjectNode o = Corpus.JSON.createObjectNode();
        put(o, "image", b.image());
        put(o, "context", b.context());
        put(o, "dockerfile", b.dockerfile());
        putMap(o, "args", b.args());
        putMap(o, "labels", b.labels());
        putStrings(o, "cache_from", b.cacheFrom());
        return o;
    }

    private static ObjectNode conditions(Conditions c) {
        ObjectNode o = Corpus.JSON.createObjectNode();
        Map<String, Condition> fields = new java.util.LinkedHashMap<>();
        fields.put("action", c.action());
        fields.put("branch", c.branch());
        fields.put("cron", c.cron());
        fields.put("event", c.event());
        fields.put("instance", c.instance());
        fields.put("paths", c.paths());
        fields.put("ref", c.ref());
        fields.put("repo", c.repo());
        fields.put("status", c.status());
        fields.put("target", c.target());
        fields.forEach((k, cond) -> {
            ObjectNode n = Corpus.JSON.createObjectNode();
            putStrings(n, "include", cond.include());
            putStrings(n, "exclude", cond.exclude());
            putObject(o, k, n);
        });
        return o;
    }

    private static void putMounts(ObjectNode o, String key, List<VolumeMount> mounts) {
        ArrayNode a = Corpus.JSON.createArrayNode();
        mounts.forEach(m -> {
            ObjectNode n = a.addObject();
            put(n, "name", m.name());
            put(n, "path", m.path());
        });
        putArray(o, key, a);
    }

    private static void put(ObjectNode o, String key, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(key, value);
        }
    }

    private static void putBool(ObjectNode o, String key, boolean value) {
        if (value) {
            o.put(key, true);
        }
    }

    private static void putInt(ObjectNode o, String key, int value) {
        if (value != 0) {
            o.put(key, value);
        }
    }

    private static void putObject(ObjectNode o, String key, ObjectNode value) {
        if (!value.isEmpty()) {
            o.set(key, value);
        }
    }

    private static void putArray(ObjectNode o, String key, ArrayNode value) {
        if (!value.isEmpty()) {
            o.set(key, value);
        }
    }

    private static void putStrings(ObjectNode o, String key, List<String> values) {
        ArrayNode a = Corpus.JSON.createArrayNode();
        values.forEach(a::add);
        putArray(o, key, a);
    }

    private static void putNames(ObjectNode o, String key, List<Name> names) {
        putStrings(o, key, names.stream().map(Name::value).toList());
    }

    private static void putMap(ObjectNode o, String key, Map<String, String> map) {
        ObjectNode n = Corpus.JSON.createObjectNode();
        map.forEach(n::put);
        putObject(o, key, n);
    }
}
