package io.jenkins.plugins.drone.spec.print;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of maps, lists and {@link Leaf}s in yaml.v2's block style: two-space indentation, list items
 * at their key's indentation, empty collections as {@code {}} / {@code []}; strings and keys by {@link Strings}.
 */
final class YamlEmitter {

    private static final int FOLD_WIDTH = 60;
    private static final Pattern COMMENT_BREAKS = Pattern.compile("[\\s\\p{Cc}\\u2028\\u2029]+");

    /** How strings and keys are written. */
    enum Strings {
        /** As drone-yaml's formatter writes them (docs/drone-semantics.md#formatter, {@link Quoting}). */
        FORMATTER,
        /** So that Drone reads back exactly the text ({@link ExactText}). */
        EXACT
    }

    private final StringBuilder out;
    private final Strings strings;

    YamlEmitter(StringBuilder out, Strings strings) {
        this.out = out;
        this.strings = strings;
    }

    /** A {@code #} line; line breaks and control characters in {@code text} become single spaces. */
    void comment(String text) {
        out.append("# ").append(COMMENT_BREAKS.matcher(text).replaceAll(" ")).append('\n');
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
        out.append(strings == Strings.EXACT ? ExactText.key(key) : Quoting.render(key)).append(':');
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
            out.append(render(leaf, indent + 2)).append('\n');
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
        out.append(' ').append(render(leaf, indent + 2)).append('\n');
    }

    /** A scalar; a {@code |-} block's lines get {@code margin} spaces. */
    private String render(Leaf leaf, int margin) {
        if (leaf.style() != Leaf.Style.STRING) {
            return leaf.text();
        }
        return strings == Strings.EXACT ? ExactText.value(leaf.text(), margin) : Quoting.render(leaf.text());
    }

    private StringBuilder pad(int indent) {
        return out.append(" ".repeat(indent));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) {
        return (Map<String, ?>) m;
    }
}
