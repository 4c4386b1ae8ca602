package io.jenkins.plugins.drone.spec.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

// Proves the linter gives Drone's verdict and message for every linter/ file, both trust flags.
// Expectation set (README "Known upstream defects" 1, docs/drone-semantics.md#linting recommendation): the server's
// whole-file rules at HEAD ("derived_from_source_at_HEAD" → Manifest, s390x legal) decide first, because the
// server lints before any runner; if they pass, the drone-runner-docker verdict of the first failing pipeline
// ("drone_runner_docker_linter") is expected. Our messages start with Drone's exact text and may add a
// parenthesised hint, e.g. "(mark the job trusted to allow it)".
class LinterConformanceTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> files = Corpus.json("linter", "expected.json").get("files").fields();
        while (files.hasNext()) {
            Map.Entry<String, JsonNode> file = files.next();
            for (boolean trusted : new boolean[] {false, true}) {
                cases.add(Arguments.of(file.getKey(), trusted, expected(file.getValue(), trusted)));
            }
        }
        return cases.stream();
    }

    private static String expected(JsonNode facts, boolean trusted) {
        String flag = trusted ? "trusted" : "untrusted";
        String server = facts.get("derived_from_source_at_HEAD").get("Manifest(manifest)").get(flag).asText();
        if (!server.equals("ok")) {
            return server;
        }
        JsonNode runner = facts.get("drone_runner_docker_linter");
        if (runner.has("parse")) {
            return runner.get("parse").asText();
        }
        for (JsonNode pipeline : runner) {
            if (!pipeline.get(flag).asText().equals("ok")) {
                return pipeline.get(flag).asText();
            }
        }
        return "ok";
    }

    @ParameterizedTest(name = "{0} trusted={1} -> {2}")
    @MethodSource("cases")
    void firstErrorIsDrones(String file, boolean trusted, String expected) {
        ParseResult parsed = ManifestParser.parse(file, Corpus.text("linter", file));
        assertEquals(List.of(), parsed.diagnostics(), "the corpus files parse cleanly");
        List<Diagnostic> errors = Linter.lint(parsed.manifest(), trusted).stream().filter(Diagnostic::isError).toList();
        if (expected.equals("ok")) {
            assertEquals(List.of(), errors);
            return;
        }
        assertTrue(!errors.isEmpty(), "expected " + expected);
        String message = errors.get(0).message();
        assertTrue(message.equals(expected) || message.startsWith(expected + " ("), message + " vs " + expected);
    }
}
