package io.jenkins.plugins.drone.spec.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

// Proves the benchmark measures the intended work: its generated file is valid and has 20 pipelines, 500 steps.
class GeneratedFileTest {

    @Test
    void generatedFileIsCleanAndFullSize() {
        ParseResult parsed = ManifestParser.parse(".drone.yml", ParseLintBenchmark.generatedFile());
        assertEquals(List.of(), Linter.check(parsed, false));
        assertEquals(20, parsed.manifest().pipelines().size());
        assertEquals(500, parsed.manifest().pipelines().stream().mapToInt(p -> p.steps().size()).sum());
    }
}
