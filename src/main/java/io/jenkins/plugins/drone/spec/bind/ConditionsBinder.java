package io.jenkins.plugins.drone.spec.bind;

import io.jenkins.plugins.drone.spec.Condition;
import io.jenkins.plugins.drone.spec.Conditions;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.List;
import java.util.Set;

/**
 * Binds {@code when} / {@code trigger} maps; each field is a pattern, a list, or {@code {include, exclude}}
 * (docs/drone-semantics.md#condition-syntax).
 */
public final class ConditionsBinder {

    /** {@code matrix} is accepted for 0.8-era files and ignored, as Drone does. */
    private static final Set<String> KEYS = Set.of("branch", "event", "ref", "repo", "instance", "target", "cron",
            "action", "status", "paths", "matrix");
    private static final Set<String> INCLUDE_EXCLUDE = Set.of("include", "exclude");

    private ConditionsBinder() {}

    /** {@code whereAbsent} positions the conditions when the block is not written. */
    public static Conditions bind(YamlValue value, Position whereAbsent, String what, List<Diagnostic> problems) {
        Fields f = Fields.of(value, whereAbsent, what, KEYS, problems);
        return new Conditions(field(f, "branch"), field(f, "event"), field(f, "ref"), field(f, "repo"),
                field(f, "instance"), field(f, "target"), field(f, "cron"), field(f, "action"), field(f, "status"),
                field(f, "paths"), f.position());
    }

    private static Condition field(Fields f, String key) {
        YamlValue v = f.value(key);
        if (v == null) {
            return Condition.none(f.at(key));
        }
        if (v instanceof YamlValue.Mapping) {
            Fields io = Fields.of(v, "`" + key + "`", INCLUDE_EXCLUDE, f.problems());
            return new Condition(patterns(io, "include"), patterns(io, "exclude"), v.position());
        }
        return new Condition(patterns(f, key), List.of(), v.position());
    }

    /** A single pattern (never split on commas) or a list of patterns. */
    private static List<String> patterns(Fields f, String key) {
        YamlValue v = f.value(key);
        if (v instanceof YamlValue.Scalar s) {
            return List.of(s.text());
        }
        return f.strings(key);
    }
}
