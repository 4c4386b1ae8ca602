package io.jenkins.plugins.drone.freestyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.Substitution;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

// Proves the whole conversion on realistic freestyle configs, as Jenkins saves them: each case.xml gives exactly
// case.yml and the warnings in case.warnings (one per line). A missing golden file is written and the test fails,
// so new goldens are always reviewed. Also proves every golden parses and lints clean with the spec package,
// before and after Drone's ${...} substitution.
class FreestyleGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/freestyle");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ruby-mysql", new Options("ruby:3.3", null)),
                Arguments.of("node-npm", new Options("node:20", null)),
                Arguments.of("java-maven", new Options("maven:3-eclipse-temurin-17", "build")),
                Arguments.of("label-expression", Options.defaults()),
                Arguments.of("windows-batch", Options.defaults()),
                Arguments.of("scm-timer-parameters", new Options("alpine:3", "nightly-deploy")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsAsTheGoldenFilesSay(String name, Options options) throws Exception {
        Conversion conversion = FreestyleConverter.convert(read(name + ".xml"), options);
        assertGolden(name + ".yml", conversion.yaml());
        assertGolden(name + ".warnings", String.join("\n", conversion.warnings()) + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldenParsesAndLintsClean(String name) throws IOException {
        String yaml = read(name + ".yml");
        for (String text : List.of(yaml, Substitution.apply(yaml, Map.of("DRONE_BUILD_NUMBER", "7")))) {
            ParseResult parsed = ManifestParser.parse(".drone.yml", text);
            assertEquals(List.of(), Linter.check(parsed, false), text);
            assertEquals(1, parsed.manifest().pipelines().size());
            assertFalse(parsed.manifest().legacy());
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    }

    private static void assertGolden(String file, String actual) throws IOException {
        Path golden = DIR.resolve(file);
        if (!Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail("wrote missing golden " + golden + "; review it and run again");
        }
        assertEquals(read(file), actual, file);
    }
}
