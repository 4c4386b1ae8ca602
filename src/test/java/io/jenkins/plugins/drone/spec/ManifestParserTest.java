package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Proves the parser's contract on small inputs: YAML 1.1 typing with source text kept, positions that point at
// the offending key, "did you mean" for unknown keys, wrong shapes reported instead of thrown.
class ManifestParserTest {

    private static ParseResult parse(String text) {
        return ManifestParser.parse(".drone.yml", text);
    }

    @Test
    void keepsSourceTextOfEnvironmentAndResolvesSettings() {
        ParseResult r = parse("""
                kind: pipeline
                steps:
                - name: a
                  image: golang
                  environment:
                    GO: 1.10
                    FLAG: yes
                  settings:
                    tag: 1.10
                    mode: 0755
                    on: y
                    token:
                      from_secret: tok
                """);
        assertEquals(List.of(), r.diagnostics());
        Step step = r.manifest().pipelines().get(0).steps().get(0);
        assertEquals("1.10", ((EnvValue.Plain) step.environment().get("GO")).text());
        assertEquals("yes", ((EnvValue.Plain) step.environment().get("FLAG")).text());
        assertEquals(1.1, ((YamlValue.Scalar) step.settings().get("tag")).resolved());
        assertEquals(493L, ((YamlValue.Scalar) step.settings().get("mode")).resolved());
        assertEquals(Boolean.TRUE, ((YamlValue.Scalar) step.settings().get("on")).resolved());
        assertEquals("tok", assertInstanceOf(YamlValue.FromSecret.class, step.settings().get("token")).secretName());
    }

    @Test
    void unknownKeySuggestsTheClosestOneAtItsPosition() {
        ParseResult r = parse("kind: pipeline\nsteps:\n- name: a\n  imgae: golang\n");
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(".drone.yml:4:3: warning: unknown key `imgae` in a step of pipeline `default` (did you mean `image`?)", d.format());
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("steps[0].imgae", d.position().path());
    }

    @Test
    void positionsCountFromTheFileNotTheDocument() {
        ParseResult r = parse("---\nkind: pipeline\nname: a\n---\nkind: pipeline\nname: b\nstepz: []\n");
        assertEquals(7, r.diagnostics().get(0).position().line());
        assertEquals(2, r.manifest().pipelines().size());
    }

    @Test
    void wrongShapesAreReportedNotThrown() {
        ParseResult r = parse("kind: pipeline\nsteps:\n  name: a\n");
        assertTrue(r.hasErrors());
        assertEquals("`steps` in the pipeline must be a list (`- item` lines or `[a, b]`), not a map",
                r.diagnostics().get(0).message());
    }

    @Test
    void mergeKeysAndLastDuplicateWins() {
        ParseResult r = parse("""
                kind: pipeline
                x: &common {image: golang, pull: always}
                """.replace("x:", "steps:\n- name: base\n  <<:") + "  pull: never\n  pull: if-not-exists\n");
        Step s = r.manifest().pipelines().get(0).steps().get(0);
        assertEquals("golang", s.image());
        assertEquals("if-not-exists", s.pull());
        assertFalse(r.hasErrors(), r.diagnostics().toString());
    }

    @Test
    void anEmptyDocumentIsReportedAtItsSeparator() {
        ParseResult r = parse("kind: pipeline\nsteps: []\n---\n# nothing here\n");
        assertEquals(".drone.yml:3:1: yaml: missing kind attribute: this document is empty, which Drone rejects (remove the extra `---`)",
                r.diagnostics().get(0).format());
        assertEquals(List.of(), parse("").diagnostics());
    }

    @Test
    void otherPipelineTypesAreReadWithoutJudgingTheirRunnersKeys() {
        ParseResult r = parse("kind: pipeline\ntype: kubernetes\nname: k\nnode_selector: {pool: x}\nsteps:\n- name: a\n  resources: {}\n");
        assertEquals(List.of(), r.diagnostics());
        assertEquals("kubernetes", r.manifest().pipelines().get(0).type());
        assertEquals("a", r.manifest().pipelines().get(0).steps().get(0).name());
    }
}
