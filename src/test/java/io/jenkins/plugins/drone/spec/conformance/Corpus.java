package io.jenkins.plugins.drone.spec.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates Drone's conformance data, which the tests find on their class path ({@code src/test/resources/conformance},
 * see its README), and reads its files.
 */
public final class Corpus {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = root();

    private Corpus() {}

    /** The folder holding the data, inside the test classes directory. */
    public static Path root() {
        URL readme = Corpus.class.getResource("/conformance/README.md");
        if (readme == null) {
            throw new IllegalStateException("conformance/README.md is not on the test class path");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path dir(String folder) {
        return ROOT.resolve(folder);
    }

    public static String text(String folder, String file) {
        try {
            return Files.readString(dir(folder).resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String folder, String file) {
        try {
            return JSON.readTree(text(folder, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
