package io.jenkins.plugins.drone.spec.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared conformance corpus (system property {@code drone.conformance}) and reads its files. */
public final class Corpus {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {}

    public static Path dir(String folder) {
        String root = System.getProperty("drone.conformance", "../shared/conformance");
        return Path.of(root).resolve(folder);
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
