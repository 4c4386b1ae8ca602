package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

// A 0.8 file planned for a build (the path of Jenkins jobs and `plan`/`exec`) goes through the parser's entry
// point: the size limit, the alias and nesting limits and the crash guard apply as they do for 1.x files; and its
// matrix is expanded before Drone's ${...} substitution.
class OneParserEntryPointTest {

    private static final BuildContext BUILD = BuildContext.builder().repo("acme/shop")
            .remoteUrl("https://github.com/acme/shop.git").branch("main").ref("refs/heads/main").build();

    private static Diagnostic firstError(String text) {
        PlanResult r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> FilePlanner.plan(".drone.yml", text, BUILD, PlanOptions.DEFAULT));
        assertFalse(r.ok(), "refused");
        return r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    }

    @Test
    void aLegacyFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
        Diagnostic d = firstError("pipeline:\n  a:\n    image: x\n# " + "x".repeat(6 * 1024 * 1024) + "\n");
        assertEquals(".drone.yml:1:1", d.position().toString());
        assertTrue(d.message().startsWith("file too large"), d.format());
    }

    @Test
    void aLegacyAliasBombStopsAtTheAliasLimit() {
        StringBuilder y = new StringBuilder("base: &b [1]\npipeline:\n  a:\n    image: x\n    many:\n");
        for (int i = 0; i < 6_000; i++) {
            y.append("      - *b\n");
        }
        assertTrue(firstError(y.toString()).message().contains("aliases"));
    }

    @Test
    void aDeeplyNestedLegacyFileStopsAtTheNestingLimit() {
        Diagnostic d = firstError("pipeline:\n  a:\n    image: x\n    deep: " + "[".repeat(100_000) + "\n");
        assertTrue(d.message().toLowerCase(java.util.Locale.ROOT).contains("nesting"), d.format());
    }

    @Test
    void aLegacyMatrixIsExpandedBeforeSubstitution() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/plan/compat/legacy-matrix-variable-in-image.yml"));
        PlanResult r = FilePlanner.plan(".drone.yml", text, BUILD, PlanOptions.DEFAULT);
        assertTrue(r.ok(), r.diagnostics().toString());
        List<String> images = r.plan().pipelines().stream()
                .map(p -> p.steps().stream().filter(s -> s.name().equals("build")).findFirst().orElseThrow())
                .map(s -> s.image() + " | " + s.process().commands()).toList();
        assertEquals(List.of("golang:1.11 | [echo building main with 1.11]", "golang:1.12 | [echo building main with 1.12]"), images);
    }
}
