package io.jenkins.plugins.drone.spec.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.print.ManifestPrinter;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Proves the 0.8 → 1.x conversion matches drone-yaml's converter goldens semantically (README "How to
// compare"): the document lists equal as trees with scalars compared as written (level 1), the bytes equal
// too (level 2), and the printed 1.x text parses back cleanly. matrix_2 follows document order for axes (README defect 2).
class LegacyConverterConformanceTest {

    static Stream<JsonNode> cases() {
        return StreamSupport.stream(Corpus.json("legacy-converter", "expected.json").get("cases").spliterator(), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGolden(JsonNode c) {
        String input = c.get("input").asText();
        ParseResult result = ManifestParser.parse(input, Corpus.text("legacy-converter", input));
        assertTrue(result.manifest().legacy());
        assertEquals(List.of(), result.diagnostics());
        String printed = ManifestPrinter.print(result.manifest());
        String golden = Corpus.text("legacy-converter", c.get("golden").asText());
        assertEquals(SemanticYaml.documents(golden), SemanticYaml.documents(printed), printed);
        assertEquals(golden, printed, "byte equality (README level 2)");
        assertEquals(List.of(), ManifestParser.parse("converted.yml", printed).diagnostics(), "the output reads back");
    }
}
