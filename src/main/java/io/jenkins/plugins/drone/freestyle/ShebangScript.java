package io.jenkins.plugins.drone.freestyle;

import io.jenkins.plugins.drone.spec.ShellQuote;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A shell build step whose script starts with {@code #!}. Jenkins then runs the first line's words plus the
 * script file ({@code #!/bin/bash -e} → {@code /bin/bash -e script}), so the interpreter and its flags decide
 * how errors are handled. The Drone equivalent is one command that writes the script, unchanged, to a file
 * with a quoted heredoc (no expansion) and runs it the same way.
 */
record ShebangScript(String script, List<String> interpreter) {

    private static final String DELIMITER = "DRONE_SCRIPT_EOF";

    static boolean appliesTo(String script) {
        return script.matches("(?s)#![ \\t]*\\S.*");
    }

    static ShebangScript of(String script) {
        String firstLine = script.lines().findFirst().orElse("#!").substring(2).strip();
        return new ShebangScript(script, List.of(firstLine.split("\\s+")));
    }

    /** {@code /bin/bash -e} as written after {@code #!}. */
    String interpreterLine() {
        return String.join(" ", interpreter);
    }

    /** The single Drone command for a step named {@code stepName} (a safe file name, see {@link StepNames}). */
    String command(String stepName) {
        String file = "/tmp/" + stepName + ".script";
        String delimiter = delimiter();
        String body = script.endsWith("\n") ? script : script + "\n";
        String run = interpreter.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
        return "cat > " + file + " <<'" + delimiter + "'\n" + body + delimiter + "\n" + run + " " + file;
    }

    private String delimiter() {
        List<String> lines = Arrays.asList(script.split("\n"));
        String candidate = DELIMITER;
        for (int n = 2; lines.contains(candidate); n++) {
            candidate = DELIMITER + "_" + n;
        }
        return candidate;
    }
}
