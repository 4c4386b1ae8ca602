package io.jenkins.plugins.drone.spec.yaml;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one document with SnakeYAML's node API into a {@link YamlValue} tree with file positions and YAML
 * paths: YAML 1.1 scalars (docs/drone-semantics.md#yaml-dialect), merge keys, last duplicate key wins (with a
 * warning), bounded alias expansion.
 */
public final class YamlTreeReader {

    /** Starts the warning for a repeated key. */
    public static final String DUPLICATE_KEY = "duplicate key `";

    private static final Resolver RESOLVER = new Resolver();
    /** Each tab Go accepts costs one more read of the document: a bound for files made of them. */
    private static final int MAX_TAB_RETRIES = 200;

    private final String file;
    private final int lineOffset;
    private final List<Diagnostic> warnings;
    /** Anchored collections being converted: only those can be reached again through an alias. */
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    private int produced;

    private YamlTreeReader(String file, int lineOffset, List<Diagnostic> warnings) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.warnings = warnings;
    }

    /** The document's tree, or null for an empty document; warnings (duplicate keys) go to {@code warnings}. */
    public static YamlValue read(String file, RawDocument document, List<Diagnostic> warnings) throws ReadFailure {
        YamlTreeReader reader = new YamlTreeReader(file, document.firstLine() - 1, warnings);
        Node root = reader.compose(document.text());
        return root == null ? null : reader.convert(root, "");
    }

    /** Tabs Go's parser reads as separation are turned into spaces one by one, as SnakeYAML points at them. */
    private Node compose(String text) throws ReadFailure {
        String current = text;
        for (int retry = 0; ; retry++) {
            try {
                return composeOnce(current);
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark();
                String separated = mark == null || retry >= MAX_TAB_RETRIES ? null : GoTabs.separate(current, mark.getIndex());
                if (separated == null) {
                    throw failure(mark != null ? mark : e.getContextMark(), "", describe(e));
                }
                current = separated;
            }
        }
    }

    private Node composeOnce(String text) throws ReadFailure {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(Limits.MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(Limits.MAX_NESTING);
        options.setCodePointLimit(Limits.MAX_FILE_CHARS);
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        // The composer alone, not the Yaml facade: only the node tree is needed, and the facade's constructor,
        // representer and logging would cost a short-lived CLI a good part of its start-up.
        try {
            return new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options).getSingleNode();
        } catch (ReaderException e) {
            throw new ReadFailure(Diagnostic.error(at(text, e.getPosition()), String.format(
                    "invalid YAML: character U+%04X is not allowed in a YAML file", e.getCodePoint())));
        } catch (MarkedYAMLException e) {
            throw e;
        } catch (YAMLException | IllegalStateException | IllegalArgumentException e) {
            throw failure(null, "", "invalid YAML: " + firstLine(e.getMessage()));
        }
    }

    /** The position of character {@code index} of this document's text. */
    private Position at(String text, int index) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, lineOffset + line + 1, index - lineStart + 1, "");
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        return "invalid YAML: " + context + firstLine(problem);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private YamlValue convert(Node node, String path) throws ReadFailure {
        if (++produced > Limits.MAX_VALUES) {
            throw failure(node.getStartMark(), path, "document too large after expanding aliases (more than "
                    + Limits.MAX_VALUES + " values)");
        }
        if (node instanceof ScalarNode s) {
            return scalar(s, path);
        }
        boolean anchored = node.getAnchor() != null;
        if (anchored && !onPath.add(node)) {
            throw failure(node.getStartMark(), path, "recursive alias: a node contains itself");
        }
        try {
            return node instanceof SequenceNode s ? sequence(s, path) : mapping((MappingNode) node, path);
        } finally {
            if (anchored) {
                onPath.remove(node);
            }
        }
    }

    private YamlValue.Scalar scalar(ScalarNode node, String path) {
        String text = node.getValue();
        boolean quoted = node.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN || explicitString(node);
        return new YamlValue.Scalar(text, quoted ? text : Scalars.resolve(text), quoted, position(node.getStartMark(), path));
    }

    /** {@code !!str 123}: a plain scalar tagged as text although it would resolve to something else. */
    private static boolean explicitString(ScalarNode node) {
        return node.getTag().equals(Tag.STR) && !(Scalars.resolve(node.getValue()) instanceof String)
                && !RESOLVER.resolve(NodeId.scalar, node.getValue(), true).equals(Tag.STR);
    }

    private YamlValue sequence(SequenceNode node, String path) throws ReadFailure {
        List<YamlValue> items = new ArrayList<>();
        for (Node item : node.getValue()) {
            items.add(convert(item, path + "[" + items.size() + "]"));
        }
        return new YamlValue.Sequence(items, position(node.getStartMark(), path));
    }

    private YamlValue mapping(MappingNode node, String path) throws ReadFailure {
        Map<String, Map.Entry<YamlValue.Scalar, YamlValue>> entries = new LinkedHashMap<>();
        List<Map.Entry<YamlValue.Scalar, YamlValue>> overridden = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw failure(tuple.getKeyNode().getStartMark(), path, "a map key must be a plain value, not a map or list");
            }
            if (isMerge(keyNode)) {
                merge(tuple.getValueNode(), path, entries);
                continue;
            }
            YamlValue.Scalar key = scalar(keyNode, join(path, keyNode.getValue()));
            YamlValue value = convert(tuple.getValueNode(), key.position().path());
            Map.Entry<YamlValue.Scalar, YamlValue> earlier = entries.get(key.text());
            if (earlier != null && !earlier.getKey().position().equals(key.position())) {
                warnings.add(Diagnostic.warning(key.position(), DUPLICATE_KEY + key.text() + "`: the last one wins"));
                overridden.add(earlier);
            }
            entries.put(key.text(), Map.entry(key, value));
        }
        Map<YamlValue.Scalar, YamlValue> map = new LinkedHashMap<>();
        entries.values().forEach(e -> map.put(e.getKey(), e.getValue()));
        return new YamlValue.Mapping(map, overridden, position(node.getStartMark(), path));
    }

    private static boolean isMerge(ScalarNode key) {
        return key.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && key.getValue().equals("<<");
    }

    /** {@code <<: *map} or {@code <<: [*a, *b]} (earlier maps win within the list); later keys override. */
    private void merge(Node source, String path, Map<String, Map.Entry<YamlValue.Scalar, YamlValue>> into)
            throws ReadFailure {
        List<Node> maps = source instanceof SequenceNode seq ? new ArrayList<>(seq.getValue()) : List.of(source);
        for (int i = maps.size() - 1; i >= 0; i--) {
            if (!(convert(maps.get(i), path) instanceof YamlValue.Mapping mapping)) {
                throw failure(maps.get(i).getStartMark(), path, "`<<` merges maps only");
            }
            mapping.entries().forEach((k, v) -> into.put(k.text(), Map.entry(k, v)));
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Position position(Mark mark, String path) {
        if (mark == null) {
            return new Position(file, lineOffset + 1, 1, path);
        }
        return new Position(file, lineOffset + mark.getLine() + 1, mark.getColumn() + 1, path);
    }

    private ReadFailure failure(Mark mark, String path, String message) {
        return new ReadFailure(Diagnostic.error(position(mark, path), message));
    }
}
