package io.jenkins.plugins.drone.jenkins.forge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Real payloads for the parser tests: GitHub's published examples and the stored examples of the other forges. */
final class Payloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GITHUB =
            Path.of("src/test/node/node_modules/@octokit/webhooks-examples/api.github.com/index.json");

    private Payloads() {}

    /** Example {@code index} of GitHub's event {@code name} (@octokit/webhooks-examples). */
    static JsonNode github(String name, int index) throws IOException {
        for (JsonNode event : JSON.readTree(Files.readAllBytes(GITHUB))) {
            if (name.equals(event.path("name").asText())) {
                return event.path("examples").path(index).deepCopy();
            }
        }
        throw new IllegalArgumentException("no GitHub example event " + name);
    }

    /** A stored payload of this package's test resources (their README names the source). */
    static JsonNode stored(String file) throws IOException {
        try (InputStream in = Payloads.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no stored payload " + file);
            }
            return JSON.readTree(in);
        }
    }

    /** Request headers as a case-insensitive lookup, like a servlet request's. */
    static UnaryOperator<String> headers(String... namesAndValues) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map::get;
    }
}
