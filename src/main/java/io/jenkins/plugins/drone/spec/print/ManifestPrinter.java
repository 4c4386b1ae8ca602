package io.jenkins.plugins.drone.spec.print;

import io.jenkins.plugins.drone.spec.Cron;
import io.jenkins.plugins.drone.spec.Manifest;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Registry;
import io.jenkins.plugins.drone.spec.Resource;
import io.jenkins.plugins.drone.spec.Secret;
import io.jenkins.plugins.drone.spec.Signature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a manifest as 1.x YAML following drone-yaml's formatter conventions (docs/drone-semantics.md#formatter):
 * {@code ---} before each document, fixed key order, sorted maps, a blank line after each section and step, {@code
 * ...} at the end. The one YAML printer of the project: generated files (the freestyle converter's) go through
 * {@link #generated}.
 */
public final class ManifestPrinter {

    private ManifestPrinter() {}

    public static String print(Manifest manifest) {
        return print(manifest.resources());
    }

    public static String print(List<Resource> resources) {
        StringBuilder out = new StringBuilder();
        resources.forEach(r -> out.append(document(r)));
        return out.append("...\n").toString();
    }

    /** One document with its leading {@code ---} line and no final {@code ...}; a secret's {@code get} follows a blank line. */
    public static String document(Resource resource) {
        StringBuilder out = new StringBuilder("---\n");
        YamlEmitter emit = new YamlEmitter(out, YamlEmitter.Strings.FORMATTER);
        if (resource instanceof Pipeline p) {
            pipeline(p, emit, out);
        } else {
            Map<String, Object> map = other(resource);
            Object get = map.remove("get");
            emit.map(map, 0);
            if (get != null) {
                out.append('\n');
                emit.entry("get", get, 0);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * A generated pipeline document for a file a person keeps: {@code ---}, a {@code #} line per comment (before
     * the first key: a comment-only first document would break Drone's server parser, docs/drone-semantics.md#document-splitting), the {@code header},
     * then the {@code sections} laid out as in {@link #document}, and {@code ...}. Values are strings, lists and
     * maps of them, printed in their own order; every string reads back as exactly its text, also after Drone's
     * {@code ${...}} substitution.
     */
    public static String generated(List<String> comments, Map<String, ?> header, Map<String, ?> sections) {
        StringBuilder out = new StringBuilder("---\n");
        YamlEmitter emit = new YamlEmitter(out, YamlEmitter.Strings.EXACT);
        comments.forEach(emit::comment);
        body(Trees.texts(header), Trees.texts(sections), emit, out);
        return out.append("...\n").toString();
    }

    private static void pipeline(Pipeline p, YamlEmitter emit, StringBuilder out) {
        Map<String, Object> header = new LinkedHashMap<>();
        Trees.putString(header, "version", p.version());
        Trees.putString(header, "kind", p.kind());
        Trees.putString(header, "type", p.type());
        Trees.putString(header, "name", p.effectiveName());
        body(header, PipelineTree.sections(p), emit, out);
    }

    /** The header, a blank line, then each section and each step or service followed by a blank line. */
    private static void body(Map<String, Object> header, Map<String, Object> sections, YamlEmitter emit, StringBuilder out) {
        emit.map(header, 0);
        out.append('\n');
        for (Map.Entry<String, Object> section : sections.entrySet()) {
            if (section.getValue() instanceof List<?> steps && !steps.isEmpty()
                    && (section.getKey().equals("steps") || section.getKey().equals("services"))) {
                out.append(section.getKey()).append(":\n");
                for (Object step : steps) {
                    emit.item(step, 0);
                    out.append('\n');
                }
            } else {
                emit.entry(section.getKey(), section.getValue(), 0);
                out.append('\n');
            }
        }
    }

    private static Map<String, Object> other(Resource r) {
        Map<String, Object> map = new LinkedHashMap<>();
        Trees.putString(map, "kind", r.kind());
        if (r instanceof Secret s) {
            Trees.putString(map, "name", s.name());
            if (!s.data().isEmpty()) {
                map.put("data", Leaf.folded(s.data()));
            }
            Map<String, Object> get = new LinkedHashMap<>();
            Trees.putString(get, "path", s.get().path());
            Trees.putString(get, "name", s.get().name());
            Trees.putString(get, "key", s.get().key());
            Trees.putMap(map, "get", get);
        } else if (r instanceof Signature s) {
            Trees.putString(map, "hmac", s.hmac());
        } else if (r instanceof Registry reg) {
            Trees.putString(map, "type", reg.type());
            Map<String, Object> data = new LinkedHashMap<>();
            reg.data().forEach((k, v) -> data.put(k, Leaf.folded(v)));
            Trees.putMap(map, "data", data);
        } else if (r instanceof Cron c) {
            map.clear();
            Trees.putString(map, "version", c.version());
            Trees.putString(map, "kind", r.kind());
            Trees.putString(map, "name", c.name());
            Map<String, Object> spec = new LinkedHashMap<>();
            Trees.putString(spec, "schedule", c.schedule());
            Trees.putString(spec, "branch", c.branch());
            Map<String, Object> deployment = new LinkedHashMap<>();
            Trees.putString(deployment, "target", c.target());
            Trees.putMap(spec, "deployment", deployment);
            Trees.putMap(map, "spec", spec);
        }
        return map;
    }
}
