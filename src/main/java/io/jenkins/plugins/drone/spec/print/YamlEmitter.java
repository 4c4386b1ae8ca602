package io.jenkins.plugins.drone.spec.print;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists and {@link Leaf}s in yaml.v2's block style: two-space indentation, list items
 * at their key's indentation, empty collections as {@code {}} / {@code []}.
 */
final class YamlEmitter {

    private static final int FOLD_WIDTH = 60;

    private final StringBuilder out;

    YamlEmitter(StringBuilder out) {
        this.out = out;
    }

    void map(Map<String, ?> map, int indent) {
        for (Map.Entry<String, ?> e : map.entrySet()) {
            entry(e.getKey(), e.getValue(), indent);
        }
    }

    void entry(String key, Object value, int indent) {
        pad(indent);
        inlineEntry(key, value, indent);
    }

    /** An entry whose indentation is already written (the first key of a list item). */
    private void inlineEntry(String key, Object value, int indent) {
        out.append(Quoting.render(key)).append(':');
        if (value instanceof Leaf leaf) {
            leaf(leaf, indent);
        } else if (value instanceof Map<?, ?> m && m.isEmpty()) {
            out.append(" {}\n");
        } else if (value instanceof List<?> l && l.isEmpty()) {
            out.append(" []\n");
        } else if (value instanceof Map<?, ?> m) {
            out.append('\n');
            map(cast(m), indent + 2);
        } else {
            out.append('\n');
            list((List<?>) value, indent);
        }
    }

    void list(List<?> items, int indent) {
        items.forEach(item -> item(item, indent));
    }

    /** One {@code - } item; a map item puts its first key on the dash line. */
    void item(Object item, int indent) {
        pad(indent).append("- ");
        if (item instanceof Leaf leaf) {
            out.append(render(leaf)).append('\n');
        } else if (item instanceof Map<?, ?> m && !m.isEmpty()) {
            boolean first = true;
            for (Map.Entry<String, ?> e : cast(m).entrySet()) {
                if (first) {
                    inlineEntry(e.getKey(), e.getValue(), indent + 2);
                } else {
                    entry(e.getKey(), e.getValue(), indent + 2);
                }
                first = false;
            }
        } else if (item instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            list(l, indent + 2);
        } else {
            out.append(item instanceof Map ? "{}\n" : "[]\n");
        }
    }

    private void leaf(Leaf leaf, int indent) {
        if (leaf.style() == Leaf.Style.FOLDED) {
            out.append(" >\n");
            String text = leaf.text();
            for (int i = 0; i < text.length(); i += FOLD_WIDTH) {
                pad(indent + 2).append(text, i, Math.min(text.length(), i + FOLD_WIDTH)).append('\n');
            }
            return;
        }
        out.append(' ').append(render(leaf)).append('\n');
    }

    private static String render(Leaf leaf) {
        return leaf.style() == Leaf.Style.STRING ? Quoting.render(leaf.text()) : leaf.text();
    }

    private StringBuilder pad(int indent) {
        return out.append(" ".repeat(indent));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) {
        return (Map<String, ?>) m;
    }
}
