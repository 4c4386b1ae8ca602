package io.jenkins.plugins.drone.spec.print;

import io.jenkins.plugins.drone.spec.Condition;
import io.jenkins.plugins.drone.spec.Conditions;
import io.jenkins.plugins.drone.spec.EnvValue;
import io.jenkins.plugins.drone.spec.GoFloat;
import io.jenkins.plugins.drone.spec.Name;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers that build the printable tree: zero values are omitted, maps sorted by key. */
final class Trees {

    private Trees() {}

    static void putString(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, Leaf.string(value));
        }
    }

    static void putTrue(Map<String, Object> map, String key, boolean value) {
        if (value) {
            map.put(key, Leaf.literal("true"));
        }
    }

    static void putNumber(Map<String, Object> map, String key, long value) {
        if (value != 0) {
            map.put(key, Leaf.literal(Long.toString(value)));
        }
    }

    static void putMap(Map<String, Object> map, String key, Map<String, Object> value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    static void putList(Map<String, Object> map, String key, List<?> value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    static void putStrings(Map<String, Object> map, String key, List<String> values) {
        putList(map, key, values.stream().map(Leaf::string).toList());
    }

    static void putNames(Map<String, Object> map, String key, List<Name> names) {
        putStrings(map, key, names.stream().map(Name::value).toList());
    }

    static void putSortedStrings(Map<String, Object> map, String key, Map<String, String> values) {
        Map<String, Object> sorted = new TreeMap<>();
        values.forEach((k, v) -> sorted.put(k, Leaf.string(v)));
        putMap(map, key, sorted);
    }

    static Map<String, Object> environment(Map<String, EnvValue> env) {
        Map<String, Object> sorted = new TreeMap<>();
        env.forEach((k, v) -> sorted.put(k, v instanceof EnvValue.Secret s
                ? Map.of("from_secret", Leaf.string(s.secret())) : Leaf.string(((EnvValue.Plain) v).text())));
        return sorted;
    }

    /**
     * Settings keep false, 0 and "" (docs/drone-semantics.md#formatter); maps inside are sorted; numbers print as
     * Go prints them.
     */
    static Map<String, Object> settings(Map<String, YamlValue> settings) {
        Map<String, Object> sorted = new TreeMap<>();
        settings.forEach((k, v) -> sorted.put(k, value(v)));
        return sorted;
    }

    static Object value(YamlValue v) {
        if (v instanceof YamlValue.FromSecret s) {
            return Map.of("from_secret", Leaf.string(s.secretName()));
        }
        if (v instanceof YamlValue.Sequence seq) {
            List<Object> items = new ArrayList<>();
            seq.items().forEach(item -> items.add(value(item)));
            return items;
        }
        if (v instanceof YamlValue.Mapping m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.entries().forEach((k, val) -> sorted.put(k.text(), value(val)));
            return sorted;
        }
        YamlValue.Scalar s = (YamlValue.Scalar) v;
        Object r = s.resolved();
        if (r == null) {
            return Leaf.literal("null");
        }
        if (r instanceof Double d) {
            return Leaf.literal(GoFloat.formatG(d));
        }
        return r instanceof String text ? Leaf.string(text) : Leaf.literal(r.toString());
    }

    /** Condition order of docs/drone-semantics.md#formatter; an include-only condition prints as a plain list. */
    static Map<String, Object> conditions(Conditions c) {
        Map<String, Object> map = new LinkedHashMap<>();
        putCondition(map, "action", c.action());
        putCondition(map, "branch", c.branch());
        putCondition(map, "cron", c.cron());
        putCondition(map, "event", c.event());
        putCondition(map, "instance", c.instance());
        putCondition(map, "paths", c.paths());
        putCondition(map, "ref", c.ref());
        putCondition(map, "repo", c.repo());
        putCondition(map, "status", c.status());
        putCondition(map, "target", c.target());
        return map;
    }

    private static void putCondition(Map<String, Object> map, String key, Condition c) {
        if (c.exclude().isEmpty()) {
            putStrings(map, key, c.include());
            return;
        }
        Map<String, Object> both = new LinkedHashMap<>();
        putStrings(both, "include", c.include());
        putStrings(both, "exclude", c.exclude());
        map.put(key, both);
    }

    /** Strings, lists and maps of them as a tree of string leaves, in their own order. */
    static Map<String, Object> texts(Map<String, ?> map) {
        Map<String, Object> tree = new LinkedHashMap<>();
        map.forEach((key, value) -> tree.put(key, text(value)));
        return tree;
    }

    @SuppressWarnings("unchecked")
    private static Object text(Object value) {
        if (value instanceof Map<?, ?> map) {
            return texts((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Trees::text).toList();
        }
        return Leaf.string((String) value);
    }
}
