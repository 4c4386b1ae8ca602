package io.jenkins.plugins.drone.spec.print;

import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Volume;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sections of a pipeline after its header, in the order of docs/drone-semantics.md#formatter, as printable trees.
 */
final class PipelineTree {

    private PipelineTree() {}

    static Map<String, Object> sections(Pipeline p) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("os", Leaf.string(p.platform().os().isEmpty() ? "linux" : p.platform().os()));
        platform.put("arch", Leaf.string(p.platform().arch().isEmpty() ? "amd64" : p.platform().arch()));
        Trees.putString(platform, "variant", p.platform().variant());
        Trees.putString(platform, "version", p.platform().version());
        m.put("platform", platform);
        Map<String, Object> clone = new LinkedHashMap<>();
        Trees.putNumber(clone, "depth", p.cloning().depth());
        Trees.putTrue(clone, "disable", p.cloning().disable());
        Trees.putNumber(clone, "retries", p.cloning().retries());
        Trees.putTrue(clone, "skip_verify", p.cloning().skipVerify());
        Trees.putTrue(clone, "trace", p.cloning().trace());
        Trees.putMap(m, "clone", clone);
        if (p.concurrency().limit() != 0) {
            m.put("concurrency", Map.of("limit", Leaf.literal(Integer.toString(p.concurrency().limit()))));
        }
        Map<String, Object> workspace = new LinkedHashMap<>();
        Trees.putString(workspace, "base", p.workspace().base());
        Trees.putString(workspace, "path", p.workspace().path());
        Trees.putMap(m, "workspace", workspace);
        Trees.putList(m, "steps", p.steps().stream().map(StepTree::of).toList());
        Trees.putList(m, "services", p.services().stream().map(StepTree::of).toList());
        Trees.putList(m, "volumes", p.volumes().stream().map(PipelineTree::volume).toList());
        Trees.putMap(m, "environment", Trees.environment(p.environment()));
        Trees.putStrings(m, "image_pull_secrets", p.imagePullSecrets());
        Trees.putSortedStrings(m, "node", p.node());
        Trees.putMap(m, "trigger", Trees.conditions(p.trigger()));
        Trees.putNames(m, "depends_on", p.dependsOn());
        return m;
    }

    private static Map<String, Object> volume(Volume v) {
        Map<String, Object> m = new LinkedHashMap<>();
        Trees.putString(m, "name", v.name());
        if (v.temp() != null) {
            Map<String, Object> temp = new LinkedHashMap<>();
            Trees.putString(temp, "medium", v.temp().medium());
            StepTree.putSize(temp, "size_limit", v.temp().sizeLimit());
            m.put("temp", temp);
        }
        if (v.host() != null) {
            m.put("host", Map.of("path", Leaf.string(v.host().path())));
        }
        return m;
    }
}
