package io.jenkins.plugins.drone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves the CLI's own argument parsing: both option spellings, repeatable NAME=VALUE options, help and
// version, and that every wrong word gives exit 2 with one line naming it (and a near option) — never a trace.
class CommandLineParsingTest {

    private static final String FILE = "kind: pipeline\nsteps:\n- name: test\n  image: alpine\n  commands: [go test]\n"
            + "- name: notify\n  image: alpine\n  when: {status: [failure]}\n";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String file() throws IOException {
        return Files.writeString(dir.resolve(".drone.yml"), FILE).toString();
    }

    @Test
    void valuesAreTakenInBothSpellingsAndRepeatedPairsAccumulate() throws IOException {
        CliRun spaced = run("plan", file(), "--branch", "main", "--exit-code", "test=1");
        CliRun joined = run("plan", file(), "--branch=main", "--exit-code=test=1");
        assertEquals(0, spaced.exit(), spaced.err());
        assertEquals(spaced.out(), joined.out());
        assertTrue(spaced.out().contains("\"outcome\": \"failure\""), spaced.out());
        assertTrue(spaced.out().contains("refs/heads/main"), spaced.out());
    }

    @Test
    void anUnknownOptionIsNamedWithTheNearestKnownOne() throws IOException {
        CliRun r = run("plan", file(), "--brnach", "main");
        assertEquals(2, r.exit());
        assertEquals("drone-pipeline plan: unknown option --brnach (did you mean --branch?)\n"
                + "Try 'drone-pipeline plan --help'.\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void wrongValuesAndMissingValuesAreUsageErrors() throws IOException {
        assertEquals("drone-pipeline plan: --exit-code takes NAME=NUMBER, not 'test=one'",
                run("plan", file(), "--exit-code", "test=one").err().lines().findFirst().orElseThrow());
        assertEquals("drone-pipeline plan: --number takes a whole number, not 'x'",
                run("plan", file(), "--number", "x").err().lines().findFirst().orElseThrow());
        assertEquals("drone-pipeline plan: --branch needs a value (BRANCH)",
                run("plan", file(), "--branch").err().lines().findFirst().orElseThrow());
        assertEquals("drone-pipeline lint: --trusted takes no value",
                run("lint", file(), "--trusted=yes").err().lines().findFirst().orElseThrow());
        assertEquals("drone-pipeline lint: unexpected argument b.yml",
                run("lint", "a.yml", "b.yml").err().lines().findFirst().orElseThrow());
        assertEquals("drone-pipeline convert-job: missing CONFIG_XML",
                run("convert-job").err().lines().findFirst().orElseThrow());
        assertEquals(2, run("frobnicate").exit());
    }

    @Test
    void aDoubleDashEndsTheOptions() {
        CliRun r = run("lint", "--", "--no-such-file.yml");
        assertEquals(1, r.exit(), "read as a file that does not exist, not as an unknown option");
        assertTrue(r.out().startsWith("--no-such-file.yml:"), r.out());
    }

    @Test
    void helpListsEveryCommandAndEveryOptionOfACommand() {
        CliRun overview = run("--help");
        assertEquals(0, overview.exit());
        for (String command : new String[] {"lint", "convert", "plan", "exec", "convert-job"}) {
            assertTrue(overview.out().contains("\n  " + command + " "), overview.out());
        }
        CliRun plan = run("plan", "--help");
        assertEquals(plan.out(), run("help", "plan").out());
        assertTrue(plan.out().startsWith("Usage: drone-pipeline plan [FILE] [OPTIONS]\n"), plan.out());
        for (String option : new String[] {"--branch BRANCH", "--exit-code STEP=CODE", "--trusted", "-h, --help"}) {
            assertTrue(plan.out().contains("  " + option + " "), plan.out());
        }
        assertTrue(run("--version").out().startsWith("drone-pipeline "));
    }
}
