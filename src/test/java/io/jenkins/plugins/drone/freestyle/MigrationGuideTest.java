package io.jenkins.plugins.drone.freestyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

// Proves docs/migration.md tells the truth: its converted example is the converter's real output for the
// config excerpt it shows (and the ruby-mysql golden), its quoted warning is real, and every .drone.yml in it
// parses and lints clean with the spec package.
class MigrationGuideTest {

    private static final Path GUIDE = Path.of("docs/migration.md");
    private static final Path GOLDEN = Path.of("src/test/resources/freestyle/ruby-mysql");

    private static List<String> blocks(String language) throws IOException {
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void convertedExampleIsTheGoldenOutput() throws IOException {
        assertEquals(Files.readString(Path.of(GOLDEN + ".yml")), blocks("yaml").get(0));
    }

    @Test
    void configExcerptConvertsToTheShownSteps() throws Exception {
        String excerpt = "<project>\n" + blocks("xml").get(0) + "</project>\n";
        String yaml = FreestyleConverter.convert(excerpt, new Options("ruby:3.3", null)).yaml();
        String shown = blocks("yaml").get(0);
        assertEquals(shown.substring(shown.indexOf("kind: pipeline")), yaml.substring(yaml.indexOf("kind: pipeline")));
    }

    @Test
    void quotedWarningIsReal() throws IOException {
        String quoted = blocks("text").get(0).strip();
        assertTrue(Files.readAllLines(Path.of(GOLDEN + ".warnings")).contains(quoted), quoted);
    }

    @Test
    void everyPipelineInTheGuideLintsClean() throws IOException {
        List<String> files = blocks("yaml");
        assertEquals(2, files.size());
        for (String yaml : files) {
            ParseResult parsed = ManifestParser.parse(".drone.yml", yaml);
            assertEquals(List.of(), Linter.check(parsed, false), yaml);
            assertEquals(1, parsed.manifest().pipelines().size());
        }
    }
}
