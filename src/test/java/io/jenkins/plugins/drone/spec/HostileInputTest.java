package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.lint.Linter;
import io.jenkins.plugins.drone.spec.yaml.RawDocument;
import io.jenkins.plugins.drone.spec.yaml.ReadFailure;
import io.jenkins.plugins.drone.spec.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

// Proves hostile input is rejected with a positioned diagnostic, in bounded time, without an exception:
// alias bombs (too many aliases, and billion laughs under the alias limit), recursive aliases, deep nesting,
// huge files (the parser's size check and the document reader's code point limit), NUL/control characters,
// random binary, invalid UTF-8 and tab indentation.
class HostileInputTest {

    private static Diagnostic firstError(String text) {
        List<Diagnostic> all = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Linter.check("bad.yml", text, false));
        assertTrue(all.stream().anyMatch(Diagnostic::isError), "an error is reported");
        all.forEach(d -> assertTrue(d.position().line() >= 1 && d.position().column() >= 1, d.format()));
        return all.stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    }

    @Test
    void billionLaughsStopsAtTheValueBudget() {
        StringBuilder y = new StringBuilder("kind: pipeline\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            y.append("x").append(i).append(": &a").append(i).append(" [");
            y.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        Diagnostic d = firstError(y.toString());
        assertTrue(d.message().contains("too large after expanding aliases") || d.message().contains("aliases"), d.format());
    }

    @Test
    void tooManyAliasesAreRefusedBySnakeYaml() {
        StringBuilder y = new StringBuilder("kind: pipeline\nbase: &b [1]\nmany:\n");
        for (int i = 0; i < 6_000; i++) {
            y.append("- *b\n");
        }
        Diagnostic d = firstError(y.toString());
        assertTrue(d.message().contains("aliases"), d.format());
    }

    @Test
    void manyMergeKeysInABigFileAreFine() {
        StringBuilder y = new StringBuilder("kind: pipeline\nx-defaults: &d {image: golang, pull: always}\nsteps:\n");
        for (int i = 0; i < 600; i++) {
            y.append("- <<: *d\n  name: s").append(i).append('\n');
        }
        ParseResult r = ManifestParser.parse("big.yml", y.toString());
        assertEquals(List.of("big.yml:2:1: warning: unknown key `x-defaults` in the pipeline, ignored as Drone does"),
                r.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(600, r.manifest().pipelines().get(0).steps().size());
    }

    @Test
    void recursiveAliasIsAnError() {
        Diagnostic d = firstError("kind: pipeline\nsteps: &s\n- name: a\n  image: x\n  command: *s\n");
        assertEquals("bad.yml:2:8: recursive alias: a node contains itself", d.format());
    }

    @Test
    void deepNestingIsBounded() {
        Diagnostic d = firstError("kind: pipeline\nx: " + "[".repeat(100_000) + "\n");
        assertTrue(d.message().toLowerCase(java.util.Locale.ROOT).contains("nesting"), d.format());
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing() {
        Diagnostic d = firstError("kind: pipeline\n# " + "x".repeat(6 * 1024 * 1024) + "\n");
        assertEquals(1, d.position().line());
        assertTrue(d.message().startsWith("file too large"), d.format());
    }

    @Test
    void theDocumentReaderHasItsOwnCodePointLimit() {
        String big = "kind: pipeline\nx: " + "y".repeat(6 * 1024 * 1024) + "\n";
        ReadFailure failure = assertThrows(ReadFailure.class,
                () -> YamlTreeReader.read("big.yml", new RawDocument(big, 1), new ArrayList<>()));
        assertTrue(failure.diagnostic().message().contains("exceeds the limit"), failure.diagnostic().format());
    }

    @Test
    void controlCharactersArePositioned() {
        Diagnostic d = firstError("kind: pipeline\nname: a\u0000b\n");
        assertEquals(2, d.position().line(), d.format());
    }

    @Test
    void tabsAreReportedOnTheirLine() {
        Diagnostic d = firstError("kind: pipeline\nsteps:\n\t- name: a\n");
        assertEquals(3, d.position().line(), d.format());
    }

    @Test
    void invalidUtf8IsPositionedAtTheByte() {
        byte[] bytes = "kind: pipeline\nname: caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xff;
        ParseResult r = ManifestParser.parse("bad.yml", bytes);
        assertEquals("bad.yml:2:10: invalid UTF-8 (byte 0xc3): save the file as UTF-8", r.diagnostics().get(0).format());
    }

    @Test
    void randomBinaryNeverThrows() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[random.nextInt(2000)];
            random.nextBytes(junk);
            ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ManifestParser.parse("junk.bin", junk));
            Linter.lint(r.manifest(), false);
            r.diagnostics().forEach(d -> assertTrue(d.position().line() >= 1, d.format()));
        }
    }
}
