package io.jenkins.plugins.drone.spec.bind;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the keys of one YAML map, reporting problems instead of throwing: a key that is not in
 * {@code known} is a warning with a "did you mean" hint (Drone's decoder ignores unknown keys, so they never stop
 * a build: extension keys, keys of other Drone versions, keys that only hold a YAML anchor); a value of the wrong
 * shape is an error and reads as absent. Typed string fields keep the scalar's source text (docs/drone-semantics.md#yaml-dialect).
 */
public final class Fields {

    private final YamlValue.Mapping map;
    private final String what;
    private final List<Diagnostic> problems;

    private Fields(YamlValue.Mapping map, String what, List<Diagnostic> problems) {
        this.map = map;
        this.what = what;
        this.problems = problems;
    }

    /** Fields of {@code value}, which must be a map; see {@link #child} for values that may be absent. */
    public static Fields of(YamlValue value, String what, Set<String> known, List<Diagnostic> problems) {
        return of(value, value == null ? null : value.position(), what, known, problems);
    }

    /** The map under {@code key} (absent or null reads as an empty map placed at {@link #at(String)}). */
    public Fields child(String key, String childWhat, Set<String> known) {
        return of(value(key), at(key), childWhat, known, problems);
    }

    /** Fields of {@code value}; when it is absent (null) the empty map is placed at {@code whereAbsent}. */
    public static Fields of(YamlValue value, Position whereAbsent, String what, Set<String> known, List<Diagnostic> problems) {
        YamlValue.Mapping map;
        if (value instanceof YamlValue.Mapping m) {
            map = m;
        } else {
            if (value != null && !isNull(value)) {
                problems.add(Diagnostic.error(value.position(), what + " must be a map (`key: value` lines), not " + shape(value)));
            }
            map = new YamlValue.Mapping(Map.of(), value == null ? whereAbsent : value.position());
        }
        Fields fields = new Fields(map, what, problems);
        fields.warnUnknown(known);
        return fields;
    }

    private void warnUnknown(Set<String> known) {
        for (YamlValue.Scalar key : map.entries().keySet()) {
            if (!known.contains(key.text())) {
                String hint = Suggestions.closest(key.text(), known);
                problems.add(Diagnostic.warning(key.position(), "unknown key `" + key.text() + "` in " + what
                        + (hint == null ? ", ignored as Drone does" : " (did you mean `" + hint + "`?)")));
            }
        }
    }

    public Position position() {
        return map.position();
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    /** Position of every key written, by key text. */
    public Map<String, Position> keys() {
        Map<String, Position> keys = new LinkedHashMap<>();
        map.entries().keySet().forEach(k -> keys.put(k.text(), k.position()));
        return keys;
    }

    public boolean has(String key) {
        YamlValue v = map.get(key);
        return v != null && !isNull(v);
    }

    /** The raw value, or null when absent or YAML null. */
    public YamlValue value(String key) {
        YamlValue v = map.get(key);
        return v == null || isNull(v) ? null : v;
    }

    /** Where the value of {@code key} is, or the map when the key is absent. */
    public Position at(String key) {
        YamlValue v = map.get(key);
        return v == null ? map.position() : v.position();
    }

    public String string(String key) {
        return text(value(key), key);
    }

    public boolean bool(String key) {
        YamlValue v = value(key);
        if (v instanceof YamlValue.Scalar s && s.resolved() instanceof Boolean b) {
            return b;
        }
        if (v != null) {
            mistake(v, key, "true or false");
        }
        return false;
    }

    public int integer(String key) {
        YamlValue v = value(key);
        if (v instanceof YamlValue.Scalar s && s.resolved() instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (v != null) {
            mistake(v, key, "a whole number");
        }
        return 0;
    }

    /** A byte size: an integer or a human string such as {@code 64MiB} or {@code 1g}; 0 when absent. */
    public long size(String key) {
        YamlValue v = value(key);
        if (v instanceof YamlValue.Scalar s) {
            long bytes = s.resolved() instanceof Long l ? l : ByteSize.parse(s.text());
            if (bytes >= 0) {
                return bytes;
            }
        }
        if (v != null) {
            mistake(v, key, "a size such as `512m`, `1g`, `64MiB` or a number of bytes");
        }
        return 0;
    }

    /** Milliseconds of a Go duration such as {@code 10s} or {@code 1m30s} ({@link GoDuration}); 0 when absent. */
    public long duration(String key) {
        YamlValue v = value(key);
        long millis = v instanceof YamlValue.Scalar s ? GoDuration.parseMillis(s.text()) : -1;
        if (millis >= 0) {
            return millis;
        }
        if (v != null) {
            mistake(v, key, "a duration such as `10s`, `1m30s` or `500ms`");
        }
        return 0;
    }

    public List<String> strings(String key) {
        return list(key, item -> text(item, key));
    }

    /** A list whose items are read by {@code reader}; a wrong shape is reported and reads as empty. */
    public <T> List<T> list(String key, Function<YamlValue, T> reader) {
        YamlValue v = value(key);
        List<T> items = new ArrayList<>();
        if (v instanceof YamlValue.Sequence seq) {
            for (YamlValue item : seq.items()) {
                T read = reader.apply(item);
                if (read != null) {
                    items.add(read);
                }
            }
        } else if (v != null) {
            mistake(v, key, "a list (`- item` lines or `[a, b]`)");
        }
        return items;
    }

    /** A map of texts (node labels, build args...). */
    public Map<String, String> stringMap(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        YamlValue v = value(key);
        if (v instanceof YamlValue.Mapping m) {
            m.entries().forEach((k, val) -> result.put(k.text(), text(val, key + "." + k.text())));
        } else if (v != null) {
            mistake(v, key, "a map");
        }
        return result;
    }

    /** The text of a scalar as written ("" for null); reports lists and maps. */
    public String text(YamlValue v, String key) {
        if (v == null || isNull(v)) {
            return "";
        }
        if (v instanceof YamlValue.Scalar s) {
            return s.text();
        }
        mistake(v, key, "a text");
        return "";
    }

    private void mistake(YamlValue v, String key, String expected) {
        problems.add(Diagnostic.error(v.position(), "`" + key + "` in " + what + " must be " + expected + ", not " + shape(v)));
    }

    static boolean isNull(YamlValue v) {
        return v instanceof YamlValue.Scalar s && s.isNull() && !s.quoted();
    }

    static String shape(YamlValue v) {
        if (v instanceof YamlValue.Scalar s) {
            return "`" + abbreviate(s.text()) + "`";
        }
        return v instanceof YamlValue.Mapping ? "a map" : v instanceof YamlValue.Sequence ? "a list" : "a secret";
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
