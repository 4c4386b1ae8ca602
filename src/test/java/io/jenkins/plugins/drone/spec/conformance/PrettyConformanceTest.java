package io.jenkins.plugins.drone.spec.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.print.ManifestPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Proves every pretty/ input parses cleanly and that printing the parsed model gives the formatter's golden
// semantically (README "How to compare", level 1) and byte for byte (level 2). pipeline.yml's golden is empty upstream and registry is
// not exercised upstream (README defect 3), so those two only have to parse. pipeline_ports.yml misspells
// `detatch`, which Drone ignores silently; our deliberate strictness reports it, and that is asserted too.
class PrettyConformanceTest {

    private static final List<String> NO_GOLDEN = List.of("pipeline.yml", "registry.yml");

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(Corpus.dir("pretty"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void printsTheGolden(String input) {
        ParseResult parsed = ManifestParser.parse(input, Corpus.text("pretty", input));
        List<String> expected = input.equals("pipeline_ports.yml")
                ? List.of("pipeline_ports.yml:7:3: warning: unknown key `detatch` in a step of pipeline `default` (did you mean `detach`?)")
                : List.of();
        assertEquals(expected, parsed.diagnostics().stream().map(d -> d.format()).toList());
        if (NO_GOLDEN.contains(input)) {
            return;
        }
        String printed = ManifestPrinter.print(parsed.manifest());
        String golden = Corpus.text("pretty", input + ".golden");
        assertEquals(SemanticYaml.documents(golden), SemanticYaml.documents(printed), printed);
        assertEquals(golden, printed, "byte equality (README level 2)");
    }
}
