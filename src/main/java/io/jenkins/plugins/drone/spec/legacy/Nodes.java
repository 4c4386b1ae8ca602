package io.jenkins.plugins.drone.spec.legacy;

import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.YamlValue;
import io.jenkins.plugins.drone.spec.print.Quoting;
import io.jenkins.plugins.drone.spec.yaml.Scalars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the 1.x YAML tree of a converted file; new values point at the 0.8 text they come from. */
final class Nodes {

    private Nodes() {}

    static YamlValue.Scalar text(String text, Position at) {
        return new YamlValue.Scalar(text, text, true, at);
    }

    static YamlValue.Sequence texts(List<String> texts, Position at) {
        return new YamlValue.Sequence(texts.stream().<YamlValue>map(t -> text(t, at)).toList(), at);
    }

    /** A map from key text to value, in insertion order; each key is placed where its value is. */
    static YamlValue.Mapping map(Map<String, YamlValue> entries, Position at) {
        Map<YamlValue.Scalar, YamlValue> map = new LinkedHashMap<>();
        entries.forEach((k, v) -> map.put(text(k, v.position()), v));
        return new YamlValue.Mapping(map, at);
    }

    /**
     * The value as Drone reads it back after printing it: the formatter quotes only strings that need it
     * (docs/drone-semantics.md#formatter), so {@code "1.10"} comes back as the float 1.1 and {@code "true"} as a
     * boolean (docs/drone-semantics.md#legacy-conversion rule 13).
     */
    static YamlValue reprinted(YamlValue v) {
        if (v instanceof YamlValue.Scalar s) {
            boolean quoted = s.resolved() instanceof String && Quoting.needsQuotes(s.text());
            Object resolved = s.resolved() instanceof String && !quoted ? Scalars.resolve(s.text()) : s.resolved();
            return new YamlValue.Scalar(s.text(), resolved, quoted, s.position());
        }
        if (v instanceof YamlValue.Sequence seq) {
            return new YamlValue.Sequence(seq.items().stream().map(Nodes::reprinted).toList(), seq.position());
        }
        if (v instanceof YamlValue.Mapping m) {
            Map<YamlValue.Scalar, YamlValue> map = new LinkedHashMap<>();
            m.entries().forEach((k, val) -> map.put(k, reprinted(val)));
            return new YamlValue.Mapping(map, m.position());
        }
        return v;
    }

    /** A scalar or a list of scalars as texts (0.8 accepts both for commands, entrypoint...). */
    static List<String> stringOrList(YamlValue v) {
        if (v instanceof YamlValue.Scalar s) {
            return s.isNull() ? List.of() : List.of(s.text());
        }
        if (v instanceof YamlValue.Sequence seq) {
            return seq.items().stream().filter(i -> i instanceof YamlValue.Scalar).map(i -> ((YamlValue.Scalar) i).text()).toList();
        }
        return List.of();
    }
}
