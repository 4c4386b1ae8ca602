package io.jenkins.plugins.drone.spec.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jenkins.plugins.drone.spec.Document;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Proves the parser reproduces drone-yaml's model for every parser/ case (JSON trees compared, as the corpus
// README prescribes) and splits documents exactly like drone-yaml's ParseRaw.
class ParserConformanceTest {

    static Stream<JsonNode> cases() {
        return StreamSupport.stream(Corpus.json("parser", "expected.json").get("cases").spliterator(), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGolden(JsonNode testCase) throws Exception {
        String input = testCase.get("input").asText();
        ParseResult result = ManifestParser.parse(input, Corpus.text("parser", input));
        assertEquals(List.of(), result.diagnostics(), "parse diagnostics");
        ArrayNode actual = Corpus.JSON.createArrayNode();
        result.manifest().resources().forEach(r -> actual.add(ModelJson.resource(r)));
        JsonNode golden = Corpus.JSON.readTree(Corpus.text("parser", testCase.get("golden").asText()));
        assertEquals(golden, actual);
    }

    static Stream<JsonNode> splitCases() {
        return StreamSupport.stream(Corpus.json("parser", "expected.json").get("raw_split_cases_from_parse_test").spliterator(), false);
    }

    @ParameterizedTest
    @MethodSource("splitCases")
    void splitsLikeParseRaw(JsonNode testCase) {
        ParseResult result = ManifestParser.parse("x.yml", testCase.get("input").asText());
        List<String> raw = result.manifest().documents().stream().map(Document::rawText).toList();
        List<String> expected = testCase.get("resources").isArray()
                ? StreamSupport.stream(testCase.get("resources").spliterator(), false).map(r -> r.get("data").asText()).toList()
                : List.of();
        assertEquals(expected, raw);
    }
}
