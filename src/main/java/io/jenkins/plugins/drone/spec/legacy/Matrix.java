package io.jenkins.plugins.drone.spec.legacy;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The axes of a 0.8 {@code matrix} (docs/drone-semantics.md#legacy-conversion rule 11): the {@code include} list, or
 * the cartesian product of the map form in document order (first axis outermost). Values keep their source text
 * ({@code 1.10}).
 */
final class Matrix {

    /** Drone's converter stops generating permutations around this size. */
    static final int MAX_AXES = 27;

    private Matrix() {}

    static List<Map<String, String>> axes(YamlValue matrix, List<Diagnostic> problems) {
        List<Map<String, String>> axes = new ArrayList<>();
        if (!(matrix instanceof YamlValue.Mapping m)) {
            return axes;
        }
        if (m.get("include") instanceof YamlValue.Sequence include) {
            include.items().forEach(item -> axes.add(texts(item)));
            return axes;
        }
        axes.add(new LinkedHashMap<>());
        for (Map.Entry<YamlValue.Scalar, YamlValue> axis : m.entries().entrySet()) {
            List<String> values = Nodes.stringOrList(axis.getValue());
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : axes) {
                for (String value : values) {
                    Map<String, String> combined = new LinkedHashMap<>(partial);
                    combined.put(axis.getKey().text(), value);
                    next.add(combined);
                }
            }
            axes.clear();
            axes.addAll(next);
        }
        if (axes.size() > MAX_AXES) {
            problems.add(Diagnostic.warning(matrix.position(), "the matrix has " + axes.size()
                    + " combinations; only the first " + MAX_AXES + " are converted"));
            return new ArrayList<>(axes.subList(0, MAX_AXES));
        }
        return axes;
    }

    private static Map<String, String> texts(YamlValue item) {
        Map<String, String> axis = new LinkedHashMap<>();
        if (item instanceof YamlValue.Mapping m) {
            m.entries().forEach((k, v) -> axis.put(k.text(), v instanceof YamlValue.Scalar s ? s.text() : ""));
        }
        return axis;
    }

    /** A container is kept when it has no {@code when.matrix}, or any of its pairs equals the axis (rule 11). */
    static boolean keeps(YamlValue container, Map<String, String> axis) {
        if (axis == null || !(container instanceof YamlValue.Mapping c)
                || !(c.get("when") instanceof YamlValue.Mapping when)
                || !(when.get("matrix") instanceof YamlValue.Mapping filter)) {
            return true;
        }
        return filter.entries().entrySet().stream().anyMatch(e -> e.getValue() instanceof YamlValue.Scalar s
                && s.text().equals(axis.get(e.getKey().text())));
    }

    /** Replaces each literal {@code ${KEY}} with the axis value; values with a newline are quoted. */
    static String substitute(String text, Map<String, String> axis) {
        String out = text;
        for (Map.Entry<String, String> e : axis.entrySet()) {
            String value = e.getValue().contains("\n") ? io.jenkins.plugins.drone.spec.print.Quoting.render(e.getValue()) : e.getValue();
            out = out.replace("${" + e.getKey() + "}", value);
        }
        return out;
    }
}
