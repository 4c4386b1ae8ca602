package io.jenkins.plugins.drone.freestyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves that a converted step does what the Jenkins shell step did, by running both with the local /bin/sh:
// Jenkins' way (sh -xe script, or the shebang's interpreter) against Drone's way (set -e, then each command
// after a trace line, with the step environment set). Cutting a heredoc, block or quote in the wrong place would
// put a trace line inside it and change the output or the exit code.
class DroneScriptSemanticsTest {

    @TempDir
    Path dir;

    private static final String SCRIPT = String.join("\n",
            "# name: check",
            "export GREETING='hello world'",
            "set -e",
            "count=0",
            "for i in 1 2 3; do",
            "  if [ \"$i\" = 2 ]; then",
            "    continue",
            "  fi",
            "  count=$((count + i))",
            "done",
            "cat <<EOF",
            "$GREETING: ${count}",
            "# not a comment",
            "EOF",
            "case \"$count\" in",
            "  4) echo four ;;",
            "  *) echo other ;;",
            "esac",
            "echo \"multi",
            "line\" \\",
            "  continued &&",
            "  echo chained",
            "show() {",
            "  echo \"args: $*\"",
            "}",
            "show a b",
            "false",
            "echo never");

    @Test
    void splitScriptPrintsTheSameAndStopsAtTheSameFailure() throws Exception {
        Result jenkins = run(List.of("sh", "-e", write("jenkins.sh", SCRIPT).toString()), Map.of());
        LeadingExports.Split step = LeadingExports.split(ShellCommandSplitter.split(SCRIPT));
        assertEquals(Map.of("GREETING", "hello world"), step.environment());
        Result drone = run(List.of("sh", "-c", droneScript(step.commands())), step.environment());
        assertEquals(jenkins, drone);
        assertEquals(1, drone.exitCode());
    }

    @Test
    void shebangScriptRunsWithItsInterpreterAndFlags() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs /bin/bash");
        String script = "#!/bin/bash -e\n[[ -n \"$BASH_VERSION\" ]] && echo bash\nfalse\necho never\n";
        Result jenkins = run(List.of("/bin/bash", "-e", write("jenkins.sh", script).toString()), Map.of());
        String command = ShebangScript.of(script).command("step-" + dir.getFileName());
        Result drone = run(List.of("sh", "-c", droneScript(List.of(command))), Map.of());
        assertEquals(new Result("bash\n", 1), jenkins);
        assertEquals(jenkins, drone);
    }

    @Test
    void shebangWithoutErrorExitKeepsGoingAsInJenkins() throws Exception {
        String script = "#!/bin/sh\nfalse\necho still here\n";
        String command = ShebangScript.of(script).command("step-" + dir.getFileName());
        assertEquals(new Result("still here\n", 0), run(List.of("sh", "-c", droneScript(List.of(command))), Map.of()));
    }

    /**
     * Drone's generated script (docs/drone-semantics.md#commands), with the trace going to stderr so stdout
     * compares cleanly.
     */
    private static String droneScript(List<String> commands) {
        StringBuilder script = new StringBuilder("set -e\n");
        commands.forEach(c -> script.append("echo + trace >&2\n").append(c).append('\n'));
        return script.toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(process.waitFor(20, TimeUnit.SECONDS), "shell did not finish");
        return new Result(out, process.exitValue());
    }

    private record Result(String stdout, int exitCode) {}
}
