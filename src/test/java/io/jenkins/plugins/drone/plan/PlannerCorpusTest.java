package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.conformance.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Proves the planner never throws on real-world files: every file of Drone's conformance corpus that parses is
// planned for a push, a tag and a pull request, trusted and not, with a failing first step, and printed as JSON.
class PlannerCorpusTest {

    static Stream<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(Corpus.root())) {
            return walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void plansWithoutThrowing(Path file) throws IOException {
        ParseResult parsed = ManifestParser.parse(file.toString(), Files.readAllBytes(file));
        if (parsed.hasErrors()) {
            return;
        }
        for (BuildContext build : List.of(
                BuildContext.builder().branch("master").ref("refs/heads/master").build(),
                BuildContext.builder().event("tag").ref("refs/tags/v1.0.0").trusted(true).build(),
                BuildContext.builder().event("pull_request").branch("master").ref("refs/pull/3/head").build())) {
            PlanResult result = Planner.plan(parsed.manifest(), build, Map.of("clone", 1));
            assertTrue(result.ok() || !result.diagnostics().isEmpty(), "no plan and no reason for " + file);
            if (result.ok()) {
                String json = PlanJson.write(result.plan());
                assertNotNull(json);
                assertFalse(json.isBlank());
            }
        }
    }
}
