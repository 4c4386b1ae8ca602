package io.jenkins.plugins.drone.spec.legacy;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.YamlValue;
import io.jenkins.plugins.drone.spec.bind.Fields;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the 1.x tree of one converted pipeline (docs/drone-semantics.md#legacy-conversion rules 3–9 and the matrix
 * filter of rule 11).
 */
final class PipelineTreeBuilder {

    private static final List<String> PULL_REQUEST_REFS = List.of("refs/pull/**", "refs/pull-requests/**", "refs/merge-requests/**");

    private final Fields top;
    private final Map<String, String> axis;
    private final List<Diagnostic> problems;
    private final Map<String, YamlValue> hostVolumes = new LinkedHashMap<>();

    PipelineTreeBuilder(Fields top, Map<String, String> axis, List<Diagnostic> problems) {
        this.top = top;
        this.axis = axis;
        this.problems = problems;
    }

    /** The pipeline tree; {@code link} is the repository's web link ("" when unknown). */
    YamlValue build(String name, String link) {
        Position at = top.position();
        Map<String, YamlValue> p = new LinkedHashMap<>();
        p.put("kind", Nodes.text("pipeline", at));
        p.put("name", Nodes.text(name, at));
        Map<String, YamlValue> workspace = workspace(link);
        if (!workspace.isEmpty()) {
            p.put("workspace", Nodes.map(workspace, top.at("workspace")));
        }
        ContainerConverter converter = new ContainerConverter(hostVolumes, problems);
        List<YamlValue> steps = new ArrayList<>();
        if (top.value("clone") instanceof YamlValue.Mapping) {
            p.put("clone", Nodes.map(Map.of("disable", new YamlValue.Scalar("true", true, false, top.at("clone"))), top.at("clone")));
            steps.addAll(containers("clone", converter));
        }
        steps.addAll(containers("pipeline", converter));
        p.put("steps", new YamlValue.Sequence(renameDuplicates(steps), top.at("pipeline")));
        List<YamlValue> services = containers("services", converter);
        if (!services.isEmpty()) {
            p.put("services", new YamlValue.Sequence(services, top.at("services")));
        }
        if (!hostVolumes.isEmpty()) {
            p.put("volumes", new YamlValue.Sequence(List.copyOf(hostVolumes.values()), at));
        }
        Map<String, YamlValue> trigger = trigger(steps);
        if (!trigger.isEmpty()) {
            p.put("trigger", Nodes.map(trigger, top.at("branches")));
        }
        return Nodes.map(p, at);
    }

    /** Rule 3: copy base/path ({@code .} means empty); with a web link fill {@code /drone} + {@code src/host/path}. */
    private Map<String, YamlValue> workspace(String link) {
        Fields w = top.child("workspace", "0.8 `workspace`", Set.of("base", "path"));
        String base = w.string("base");
        String path = w.string("path").equals(".") ? "" : w.string("path");
        if (!link.isEmpty()) {
            base = base.isEmpty() ? "/drone" : base;
            path = path.isEmpty() ? repositoryPath(link) : path;
        }
        Map<String, YamlValue> out = new LinkedHashMap<>();
        if (!base.isEmpty()) {
            out.put("base", Nodes.text(base, w.at("base")));
        }
        if (!path.isEmpty()) {
            out.put("path", Nodes.text(path, w.at("path")));
        }
        return out;
    }

    static String repositoryPath(String link) {
        try {
            URI uri = URI.create(link);
            if (uri.getHost() == null) {
                return "src";
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
            return "src/" + uri.getHost() + (path.isEmpty() ? "" : "/" + path);
        } catch (IllegalArgumentException e) {
            return "src";
        }
    }

    private List<YamlValue> containers(String section, ContainerConverter converter) {
        List<YamlValue> out = new ArrayList<>();
        YamlValue v = top.value(section);
        if (v instanceof YamlValue.Mapping map) {
            for (Map.Entry<YamlValue.Scalar, YamlValue> e : map.asWritten()) {
                if (Matrix.keeps(e.getValue(), axis)) {
                    out.add(converter.convert(e.getKey().text(), e.getValue(), e.getKey().position()));
                }
            }
        } else if (v != null) {
            problems.add(Diagnostic.error(v.position(), "0.8 `" + section + "` must be a map of name: container"));
        }
        return out;
    }

    /**
     * Rule 6: every step is kept; a name written again becomes {@code name_2}, {@code name_3}... (a clone
     * container and a step of the same name, or a key repeated in the {@code pipeline:} map).
     */
    private List<YamlValue> renameDuplicates(List<YamlValue> steps) {
        Map<String, Integer> seen = new HashMap<>();
        List<YamlValue> out = new ArrayList<>();
        for (YamlValue value : steps) {
            YamlValue.Mapping step = (YamlValue.Mapping) value;
            YamlValue.Scalar nameValue = (YamlValue.Scalar) step.get("name");
            String name = nameValue.text();
            int count = seen.merge(name, 1, Integer::sum);
            if (count == 1) {
                out.add(step);
                continue;
            }
            String unique = name + "_" + count;
            problems.add(Diagnostic.warning(nameValue.position(), "step name `" + name + "` is used again: this one is renamed `"
                    + unique + "`, as Drone's converter does"));
            Map<YamlValue.Scalar, YamlValue> renamed = new LinkedHashMap<>();
            step.entries().forEach((k, val) -> renamed.put(k, k.text().equals("name") ? Nodes.text(unique, val.position()) : val));
            out.add(new YamlValue.Mapping(renamed, step.position()));
        }
        return out;
    }

    /** Rule 9: {@code branches} with excludes → {@code trigger.branch}; include-only → PR refs + branch refs (+ tags). */
    private Map<String, YamlValue> trigger(List<YamlValue> steps) {
        Map<String, YamlValue> trigger = new LinkedHashMap<>();
        YamlValue branches = top.value("branches");
        if (branches == null) {
            return trigger;
        }
        if (branches instanceof YamlValue.Mapping m && m.get("exclude") != null) {
            trigger.put("branch", branches);
            return trigger;
        }
        YamlValue include = branches instanceof YamlValue.Mapping m ? m.get("include") : branches;
        List<String> refs = new ArrayList<>(PULL_REQUEST_REFS);
        Nodes.stringOrList(include).forEach(b -> refs.add("refs/heads/" + b));
        if (steps.stream().anyMatch(PipelineTreeBuilder::runsOnTags)) {
            refs.add("refs/tags/**");
        }
        trigger.put("ref", Nodes.texts(refs, branches.position()));
        return trigger;
    }

    private static boolean runsOnTags(YamlValue step) {
        if (!(((YamlValue.Mapping) step).get("when") instanceof YamlValue.Mapping when)) {
            return false;
        }
        YamlValue event = when.get("event");
        YamlValue include = event instanceof YamlValue.Mapping m ? m.get("include") : event;
        return Nodes.stringOrList(include).contains("tag");
    }
}
