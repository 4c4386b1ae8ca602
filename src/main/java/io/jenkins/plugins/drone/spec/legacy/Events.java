package io.jenkins.plugins.drone.spec.legacy;

import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** 0.8 event names in 1.x terms: {@code deploy} and {@code deployment} became {@code promote}. */
final class Events {

    private Events() {}

    /** The same condition value (scalar, list or include/exclude map) with deployment events renamed. */
    static YamlValue promote(YamlValue v) {
        if (v instanceof YamlValue.Scalar s && (s.text().equals("deploy") || s.text().equals("deployment"))) {
            return Nodes.text("promote", s.position());
        }
        if (v instanceof YamlValue.Sequence seq) {
            return new YamlValue.Sequence(seq.items().stream().map(Events::promote).toList(), seq.position());
        }
        if (v instanceof YamlValue.Mapping m) {
            Map<YamlValue.Scalar, YamlValue> map = new LinkedHashMap<>();
            m.entries().forEach((k, val) -> map.put(k, promote(val)));
            return new YamlValue.Mapping(map, m.position());
        }
        return v;
    }
}
