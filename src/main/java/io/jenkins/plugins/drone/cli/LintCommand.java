package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lint [FILE] [--trusted]}: one {@code FILE:LINE:COL: message} line per problem; exit 1 on any error. */
@Command(name = "lint", description = "Check a .drone.yml with Drone's rules; prints FILE:LINE:COL: message per problem.")
public final class LintCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = ".drone.yml", description = "The file to check (default: ${DEFAULT-VALUE}).")
    private Path file;

    @Option(names = "--trusted", description = "Allow settings that need a trusted job (privileged, host volumes...).")
    private boolean trusted;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Diagnostic> problems = Linter.check(ManifestParser.parse(file), trusted);
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(d -> out.println(d.format()));
        out.flush();
        return problems.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
    }
}
