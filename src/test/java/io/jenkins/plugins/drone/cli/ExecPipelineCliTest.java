package io.jenkins.plugins.drone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the command line on an exec pipeline: {@code exec --trusted} runs its steps as processes in the given
 * directory (no Docker involved), logs prefixed, secrets masked, a failure exits 1; without {@code --trusted},
 * {@code exec} and {@code lint} refuse it with the position of its {@code type:} and run nothing.
 */
class ExecPipelineCliTest {

    private static final String FILE = """
            kind: pipeline
            type: exec
            name: host
            steps:
            - name: write
              environment:
                TOKEN:
                  from_secret: token
              commands:
              - echo token=$TOKEN > out.txt
              - pwd
            - name: read
              commands:
              - cat out.txt
              - %s
            """;

    @TempDir
    Path dir;

    private CliRun exec(String lastCommand, String... extra) throws Exception {
        Files.writeString(dir.resolve(".drone.yml"), FILE.formatted(lastCommand));
        String[] base = {"exec", dir.resolve(".drone.yml").toString(), "--workspace", dir.toString(), "--branch", "main",
                "--secret", "token=abc-secret-123"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void trustedExecRunsTheStepsInTheDirectory() throws Exception {
        CliRun run = exec("echo done", "--trusted");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().lines().toList().containsAll(java.util.List.of("[write:1] + echo token=$TOKEN > out.txt",
                "[write:2] + pwd", "[write:3] " + dir.toRealPath(), "[read:4] + cat out.txt", "[read:5] token=******",
                "[read:6] + echo done", "[read:7] done")), run.out());
        assertEquals("token=abc-secret-123\n", Files.readString(dir.resolve("out.txt")));
        assertTrue(run.out().contains("pipeline host: success"));
    }

    @Test
    void aFailingStepExitsWithOne() throws Exception {
        CliRun run = exec("exit 4", "--trusted");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("pipeline host: failure"), run.out());
    }

    @Test
    void withoutTrustExecAndLintRefuseIt() throws Exception {
        CliRun run = exec("echo done");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains(".drone.yml:2:1: pipeline \"host\": an exec pipeline runs on the agent's host and "
                + "needs a trusted job"), run.err());
        assertFalse(Files.exists(dir.resolve("out.txt")), "nothing ran");

        CliRun lint = CliRun.of("lint", dir.resolve(".drone.yml").toString());
        assertEquals(1, lint.exit());
        assertTrue(lint.out().contains(".drone.yml:2:1: linter: untrusted repositories cannot run exec pipelines"),
                lint.out() + lint.err());
        assertEquals(0, CliRun.of("lint", dir.resolve(".drone.yml").toString(), "--trusted").exit());
    }
}
