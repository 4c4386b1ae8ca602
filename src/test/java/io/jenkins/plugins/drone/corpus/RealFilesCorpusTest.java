package io.jenkins.plugins.drone.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import io.jenkins.plugins.drone.plan.PlanOptions;
import io.jenkins.plugins.drone.plan.PlanResult;
import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.legacy.LegacyFormat;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

// Real .drone.yml files of public repositories (src/test/resources/corpus, listed with source, commit and licence in
// manifest.yml) go through lint, convert and plan with one fixed build context; each must give the result Drone's
// documented behaviour gives. `summary` prints the counts the issue asks for.
class RealFilesCorpusTest {

    private static final Path DIR = Path.of("src/test/resources/corpus");

    @TestFactory
    Stream<DynamicTest> everyFileGivesDronesResult() throws IOException {
        return entries().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> check(e)));
    }

    @Test
    void summary() throws IOException {
        int clean = 0, warned = 0, refused = 0, planned = 0, converted = 0, legacy = 0;
        for (Entry e : entries()) {
            Outcome o = Outcome.of(e);
            clean += o.lintErrors().isEmpty() && o.lintWarnings().isEmpty() ? 1 : 0;
            warned += o.lintErrors().isEmpty() && !o.lintWarnings().isEmpty() ? 1 : 0;
            refused += o.lintErrors().isEmpty() ? 0 : 1;
            planned += o.plan().ok() ? 1 : 0;
            legacy += o.legacy() ? 1 : 0;
            converted += o.converted() ? 1 : 0;
        }
        System.out.printf("corpus: %d files; lint clean %d, warnings only %d, errors %d; planned %d; 0.8 files %d, converted %d%n",
                entries().size(), clean, warned, refused, planned, legacy, converted);
        assertTrue(entries().size() >= 30, "the corpus has at least 30 files");
    }

    private static void check(Entry e) throws IOException {
        Outcome o = Outcome.of(e);
        Map<String, Object> want = e.expected();
        String lint = (String) want.get("lint");
        assertAll(
                () -> assertEquals(lint, o.lintVerdict(), e.file() + " lint: " + o.lintErrors() + o.lintWarnings()),
                () -> assertTrue(!want.containsKey("message") || o.allMessages().contains((String) want.get("message")),
                        e.file() + " says " + want.get("message") + ": " + o.allMessages()),
                () -> assertEquals(want.getOrDefault("convert", false), o.converted(), e.file() + " converts"),
                () -> assertEquals(want.getOrDefault("run", List.of()), o.pipelines(true), e.file() + " runs " + o.plan().diagnostics()),
                () -> assertEquals(want.getOrDefault("not_run", List.of()), o.pipelines(false), e.file() + " does not run"));
    }

    @SuppressWarnings("unchecked")
    static List<Entry> entries() throws IOException {
        try (InputStream in = Files.newInputStream(DIR.resolve("manifest.yml"))) {
            List<Map<String, Object>> files = (List<Map<String, Object>>) new Yaml().loadAs(in, Map.class).get("files");
            return files.stream().map(m -> new Entry((String) m.get("file"), (String) m.get("repository"),
                    (Map<String, Object>) m.get("expected"))).toList();
        }
    }

    /** One corpus file and what Drone does with it. */
    record Entry(String file, String repository, Map<String, Object> expected) {
        Path path() {
            return DIR.resolve(file);
        }

        /** The fixed context: a push to master of the file's repository, cloned over https, trusted. */
        BuildContext context() {
            return BuildContext.builder().repo(repository).remoteUrl("https://github.com/" + repository + ".git")
                    .branch("master").ref("refs/heads/master").event("push")
                    .commit("0123456789abcdef0123456789abcdef01234567").buildNumber(7).trusted(true).build();
        }
    }

    /** What lint, convert and plan made of one file. */
    record Outcome(List<Diagnostic> lint, boolean legacy, boolean converted, PlanResult plan) {
        static Outcome of(Entry e) throws IOException {
            String text = Files.readString(e.path(), StandardCharsets.UTF_8);
            List<Diagnostic> lint = Linter.check(ManifestParser.parse(e.path()), true);
            boolean legacy = LegacyFormat.isLegacy(text);
            ParseResult conversion = ManifestParser.parse(e.file(), text);
            PlanResult plan = FilePlanner.plan(e.file(), text, e.context(), PlanOptions.DEFAULT);
            return new Outcome(lint, legacy, legacy && !conversion.hasErrors(), plan);
        }

        List<String> lintErrors() {
            return lint.stream().filter(Diagnostic::isError).map(Diagnostic::message).toList();
        }

        List<String> lintWarnings() {
            return lint.stream().filter(d -> !d.isError()).map(Diagnostic::message).toList();
        }

        String lintVerdict() {
            return !lintErrors().isEmpty() ? "error" : lintWarnings().isEmpty() ? "clean" : "warnings";
        }

        String allMessages() {
            return String.join("\n", lint.stream().map(Diagnostic::format).toList());
        }

        List<String> pipelines(boolean run) {
            return plan.ok() ? plan.plan().pipelines().stream().filter(p -> p.run() == run).map(PipelinePlan::name).toList()
                    : List.of();
        }
    }
}
