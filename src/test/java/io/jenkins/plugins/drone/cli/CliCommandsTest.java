package io.jenkins.plugins.drone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.conformance.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves the thin CLI contract of docs/architecture.md#command-line: `lint` prints FILE:LINE:COL: message per
// problem and exits 1 on errors, 0 when clean, --trusted lifts trust errors; `convert` prints the 1.x form of a 0.8 file that
// parses back cleanly, and prints a 1.x file unchanged.
class CliCommandsTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out) {}

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void lintPrintsPositionedProblemsAndFails() throws IOException {
        Path file = write("bad.yml", "kind: pipeline\nsteps:\n- name: a\n  imgae: alpine\n  privileged: true\n");
        Run r = run("lint", file.toString());
        assertEquals(1, r.exit());
        assertEquals(String.join("\n",
                file + ":4:3: warning: unknown key `imgae` in a step of pipeline `default` (did you mean `image`?)",
                file + ":3:3: linter: invalid or missing image",
                file + ":5:3: linter: untrusted repositories cannot enable privileged mode (mark the job trusted to allow it)") + "\n",
                r.out());
    }

    @Test
    void lintPrintsWarningsForUnknownKeysAndPasses() throws IOException {
        Path file = write("extended.yml", "kind: pipeline\nx-defaults: &d\n  image: alpine\nsteps:\n- <<: *d\n  name: a\n  imgae: x\n");
        Run r = run("lint", file.toString());
        assertEquals(0, r.exit(), r.out());
        assertEquals(String.join("\n",
                file + ":2:1: warning: unknown key `x-defaults` in the pipeline, ignored as Drone does",
                file + ":7:3: warning: unknown key `imgae` in a step of pipeline `default` (did you mean `image`?)") + "\n",
                r.out());
    }

    @Test
    void execSaysAPipelineOfAnotherTypeIsNotRun() throws IOException {
        Path file = write("mixed.yml", Files.readString(Path.of("src/test/resources/plan/compat/mixed-pipeline-types.yml")));
        Run r = run("exec", file.toString(), "--pipeline", "deploy");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("pipeline deploy: not run: pipeline type kubernetes is not run by this installation"), r.out());
    }

    @Test
    void lintIsCleanAndTrustedLiftsTrustErrors() throws IOException {
        Path file = write("ok.yml", "kind: pipeline\nsteps:\n- name: a\n  image: alpine\n  privileged: true\n");
        assertEquals(1, run("lint", file.toString()).exit());
        Run trusted = run("lint", file.toString(), "--trusted");
        assertEquals(0, trusted.exit());
        assertEquals("", trusted.out());
    }

    @Test
    void lintOfAMissingFileFails() {
        assertEquals(1, run("lint", dir.resolve("nope.yml").toString()).exit());
    }

    @Test
    void convertPrintsTheOneXForm() throws IOException {
        Path file = write("old.yml", Corpus.text("legacy-converter", "simple.yml"));
        Run r = run("convert", file.toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("---\nkind: pipeline\nname: default\n"), r.out());
        assertEquals(0, ManifestParser.parse("out.yml", r.out()).diagnostics().size());
    }

    @Test
    void convertLeavesOneXFilesAlone() throws IOException {
        String text = "# comment kept\nkind: pipeline\nsteps:\n- name: a\n  image: alpine\n";
        Run r = run("convert", write("new.yml", text).toString());
        assertEquals(0, r.exit());
        assertEquals(text, r.out());
    }
}
