package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.PrintWriter;
import java.util.List;

/** {@code lint [FILE] [--trusted]}: one {@code FILE:LINE:COL: message} line per problem; exit 1 on any error. */
final class LintCommand implements CliCommand {

    @Override
    public Usage usage() {
        return Usage.of("Check a .drone.yml with Drone's rules; prints FILE:LINE:COL: message per problem.")
                .positional("FILE", ".drone.yml", "the file to check")
                .flag("--trusted", "allow settings that need a trusted job (privileged, host volumes, exec pipelines...)");
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) {
        List<Diagnostic> problems = Linter.check(ManifestParser.parse(args.file()), args.flag("--trusted"));
        problems.forEach(d -> out.println(d.format()));
        return problems.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
    }
}
