package io.jenkins.plugins.drone.spec.legacy;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Document;
import io.jenkins.plugins.drone.spec.Manifest;
import io.jenkins.plugins.drone.spec.ParseOptions;
import io.jenkins.plugins.drone.spec.WebLink;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.Resource;
import io.jenkins.plugins.drone.spec.Secret;
import io.jenkins.plugins.drone.spec.YamlValue;
import io.jenkins.plugins.drone.spec.bind.Fields;
import io.jenkins.plugins.drone.spec.bind.PipelineBinder;
import io.jenkins.plugins.drone.spec.print.ManifestPrinter;
import io.jenkins.plugins.drone.spec.yaml.DocumentSplitter;
import io.jenkins.plugins.drone.spec.yaml.RawDocument;
import io.jenkins.plugins.drone.spec.yaml.ReadFailure;
import io.jenkins.plugins.drone.spec.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drone 0.8 {@code pipeline:} files → the 1.x model, by drone-yaml's converter rules
 * (docs/drone-semantics.md#legacy-conversion). The 0.8 file is rewritten as a 1.x YAML tree whose values keep their
 * 0.8 positions, then bound like any 1.x pipeline, so diagnostics point into the file the user wrote. Environment
 * switches of rule 10 are not supported.
 */
public final class LegacyConverter {

    /**
     * Top-level keys of a 0.8 file. Drone's converter ignores every other key; the last row are keys of older
     * formats (0.4 {@code build}/{@code publish}/{@code notify}/{@code deploy}/{@code compose}, a plugin's
     * {@code plugin:} description) that 0.8 files still carry: they are ignored without a warning.
     */
    static final Set<String> TOP_KEYS = Set.of("version", "pipeline", "services", "clone", "workspace", "branches",
            "matrix", "platform", "networks", "volumes", "labels", "cache", "secrets",
            "plugin", "build", "publish", "notify", "deploy", "compose");

    private LegacyConverter() {}

    /**
     * Converts a 0.8 file; only {@link io.jenkins.plugins.drone.spec.ManifestParser} calls it, so that every
     * path has its limits. The matrix is expanded on the text as written, then {@code options.substitution()}
     * runs on each variant (Drone's server converts, its runner substitutes); {@code options.repositoryUrl()}
     * fills an empty workspace (rule 3).
     */
    public static ParseResult toManifest(String fileName, String text, ParseOptions options) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        String link = WebLink.of(options.repositoryUrl()).isEmpty() ? options.repositoryUrl() : WebLink.of(options.repositoryUrl());
        try {
            RawDocument first = DocumentSplitter.split(text).stream().findFirst().orElse(new RawDocument("", 1));
            YamlValue root = read(fileName, first, problems);
            Fields top = Fields.of(root, new Position(fileName, 1, 1, ""), "the 0.8 file", TOP_KEYS, problems);
            List<Map<String, String>> axes = Matrix.axes(top.value("matrix"), problems);
            if (axes.isEmpty()) {
                Fields fields = variant(fileName, first, options.substitution().apply(first.text()), top);
                resources.add(pipeline(fields, "default", null, link, problems));
            }
            for (int i = 0; i < axes.size(); i++) {
                String expanded = options.substitution().apply(Matrix.substitute(first.text(), axes.get(i)));
                resources.add(pipeline(variant(fileName, first, expanded, top), "matrix-" + (i + 1), axes.get(i), link, problems));
            }
            resources.addAll(secrets(top, problems));
        } catch (ReadFailure e) {
            problems.add(e.diagnostic());
        }
        problems.removeIf(LegacyConverter::isRepeatedContainer);
        List<Document> documents = resources.stream()
                .map(r -> new Document(ManifestPrinter.document(r).substring("---\n".length()), 1, r)).toList();
        return new ParseResult(new Manifest(fileName, documents, true), List.copyOf(new LinkedHashSet<>(problems)));
    }

    /** A repeated container name is no "last one wins": rule 6 keeps and renames it, and says so. */
    private static boolean isRepeatedContainer(Diagnostic d) {
        return d.message().startsWith(YamlTreeReader.DUPLICATE_KEY) && d.position().path().matches("(pipeline|services|clone)\\.[^.]+");
    }

    /** The top-level keys of one variant of the file: {@code top} itself when the text is unchanged. */
    private static Fields variant(String fileName, RawDocument first, String text, Fields top) throws ReadFailure {
        if (text.equals(first.text())) {
            return top;
        }
        YamlValue variant = read(fileName, new RawDocument(text, first.firstLine()), new ArrayList<>());
        return Fields.of(variant, top.position(), "the 0.8 file", TOP_KEYS, new ArrayList<>());
    }

    /** Like Drone's converter, only the first document of a 0.8 file is read. */
    private static YamlValue read(String fileName, RawDocument document, List<Diagnostic> problems) throws ReadFailure {
        return YamlTreeReader.read(fileName, document, problems);
    }

    private static Resource pipeline(Fields top, String name, Map<String, String> axis, String link,
            List<Diagnostic> problems) {
        YamlValue tree = new PipelineTreeBuilder(top, axis, problems).build(name, link);
        return PipelineBinder.bind(tree, problems);
    }

    /** Rule 12: one {@code kind: secret} per entry, sorted by name. */
    private static List<Resource> secrets(Fields top, List<Diagnostic> problems) {
        List<Resource> secrets = new ArrayList<>();
        if (top.value("secrets") instanceof YamlValue.Mapping map) {
            map.entries().forEach((k, v) -> secrets.add(secret(k.text(), v, problems)));
        }
        secrets.sort(Comparator.comparing(s -> ((Secret) s).name()));
        return secrets;
    }

    private static Secret secret(String name, YamlValue v, List<Diagnostic> problems) {
        Fields s = Fields.of(v, "0.8 secret `" + name + "`", Set.of("driver", "driver_opts", "path", "vault"), problems);
        Position at = s.position();
        if (s.string("driver").equals("vault")) {
            Fields opts = s.child("driver_opts", "`driver_opts`", Set.of("path", "key"));
            return new Secret("secret", name, "", new Secret.Get(opts.string("path"), opts.string("key"), ""), at);
        }
        String path = s.string("path").isEmpty() ? s.string("vault") : s.string("path");
        return new Secret("secret", name, "", new Secret.Get(path, "", ""), at);
    }
}
