package io.jenkins.plugins.drone.spec.conformance;

import io.jenkins.plugins.drone.spec.yaml.DocumentSplitter;
import io.jenkins.plugins.drone.spec.yaml.RawDocument;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The corpus README's "semantic equality": documents split on {@code ---} lines (stopping at {@code ...}),
 * each turned into maps (key order ignored), lists (order kept) and scalars compared as written.
 */
final class SemanticYaml {

    private SemanticYaml() {}

    static List<Object> documents(String text) {
        List<Object> docs = new ArrayList<>();
        for (RawDocument raw : DocumentSplitter.split(text)) {
            Node node = new Yaml(new LoaderOptions()).compose(new StringReader(raw.text()));
            docs.add(node == null ? null : plain(node));
        }
        return docs;
    }

    private static Object plain(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(SemanticYaml::plain).toList();
        }
        Map<Object, Object> map = new HashMap<>();
        ((MappingNode) node).getValue().forEach(t -> map.put(plain(t.getKeyNode()), plain(t.getValueNode())));
        return map;
    }
}
