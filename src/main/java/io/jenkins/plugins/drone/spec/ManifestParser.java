package io.jenkins.plugins.drone.spec;

import io.jenkins.plugins.drone.spec.bind.ResourceBinder;
import io.jenkins.plugins.drone.spec.legacy.LegacyConverter;
import io.jenkins.plugins.drone.spec.legacy.LegacyFormat;
import io.jenkins.plugins.drone.spec.yaml.DocumentSplitter;
import io.jenkins.plugins.drone.spec.yaml.Limits;
import io.jenkins.plugins.drone.spec.yaml.RawDocument;
import io.jenkins.plugins.drone.spec.yaml.ReadFailure;
import io.jenkins.plugins.drone.spec.yaml.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point from {@code .drone.yml} text to a {@link Manifest} plus diagnostics, for lint, convert,
 * plan, exec and Jenkins builds alike: the size limit, the YAML limits and the crash guard apply to every path.
 * Never throws for bad input. A 0.8 file (docs/drone-semantics.md#legacy-detection) is converted to the 1.x model on the way ({@link
 * Manifest#legacy()} is then true).
 */
public final class ManifestParser {

    /** Starts the message of a diagnostic that reports a bug of ours rather than of the file. */
    public static final String INTERNAL_ERROR = "internal error while reading this document (please report it): ";

    private ManifestParser() {}

    /** Reads and parses a file; a file that cannot be read, or is too large, gives a diagnostic. */
    public static ParseResult parse(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > Limits.MAX_FILE_CHARS) {
                return failed(name, tooLarge(Files.size(file) + " bytes"));
            }
            return parse(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return failed(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses bytes that must be UTF-8; invalid bytes give a diagnostic at their line and column. */
    public static ParseResult parse(String fileName, byte[] bytes) {
        if (bytes.length > Limits.MAX_FILE_CHARS) {
            return failed(fileName, tooLarge(bytes.length + " bytes"));
        }
        return Utf8.decode(fileName, bytes)
                .map(text -> parse(fileName, text))
                .orElseGet(() -> new ParseResult(new Manifest(fileName, List.of(), false), List.of(Utf8.problem(fileName, bytes))));
    }

    /** Parses a whole file as written; {@code fileName} only labels positions. */
    public static ParseResult parse(String fileName, String text) {
        return parse(fileName, text, ParseOptions.AS_WRITTEN);
    }

    /**
     * Parses a whole file for a build: a 1.x file is substituted, then read; a 0.8 file is expanded per matrix
     * axis, substituted, then converted (docs/drone-semantics.md#legacy-conversion), its empty workspace filled from {@code options.repositoryUrl()}.
     */
    public static ParseResult parse(String fileName, String text, ParseOptions options) {
        List<Diagnostic> problems = new ArrayList<>();
        if (text.length() > Limits.MAX_FILE_CHARS) {
            return failed(fileName, tooLarge(text.length() + " characters"));
        }
        try {
            if (LegacyFormat.isLegacy(text)) {
                return LegacyConverter.toManifest(fileName, text, options);
            }
            return current(fileName, options.substitution().apply(text), problems);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(fileName, INTERNAL_ERROR + e);
        }
    }

    private static ParseResult current(String fileName, String text, List<Diagnostic> problems) {
        List<Document> documents = new ArrayList<>();
        for (RawDocument raw : DocumentSplitter.split(text)) {
            documents.add(new Document(raw.text(), raw.firstLine(), read(fileName, raw, problems)));
        }
        return new ParseResult(new Manifest(fileName, documents, false), problems);
    }

    private static String tooLarge(String size) {
        return "file too large: " + size + " (at most " + Limits.MAX_FILE_CHARS + ")";
    }

    private static ParseResult failed(String fileName, String message) {
        Diagnostic d = Diagnostic.error(new Position(fileName, 1, 1, ""), message);
        return new ParseResult(new Manifest(fileName, List.of(), false), List.of(d));
    }

    private static Resource read(String fileName, RawDocument raw, List<Diagnostic> problems) {
        Position start = new Position(fileName, Math.max(1, raw.firstLine()), 1, "");
        if (raw.isBlank()) {
            Position separator = new Position(fileName, Math.max(1, raw.firstLine() - 1), 1, "");
            problems.add(Diagnostic.error(separator, "yaml: missing kind attribute: this document is empty, "
                    + "which Drone rejects (remove the extra `---`)"));
            return null;
        }
        try {
            YamlValue root = YamlTreeReader.read(fileName, raw, problems);
            return ResourceBinder.bind(root, start, problems);
        } catch (ReadFailure e) {
            problems.add(e.diagnostic());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(Diagnostic.error(start, INTERNAL_ERROR + e));
        }
        return null;
    }
}
