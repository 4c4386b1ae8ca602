package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.FilePlanner;
import io.jenkins.plugins.drone.plan.PlanJson;
import io.jenkins.plugins.drone.plan.PlanOptions;
import io.jenkins.plugins.drone.plan.PlanResult;
import io.jenkins.plugins.drone.spec.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code plan}: prints what a build would run, as Plan JSON, with outcomes predicted for the given exit codes.
 * The file is {@code ${...}}-substituted with the build's variables, parsed, linted, then planned.
 */
final class PlanCommand implements CliCommand {

    @Override
    public Usage usage() {
        return BuildContextOptions.declare(Usage.of(
                        "Print the plan (JSON) of a .drone.yml for a build; diagnostics on stderr and exit 1 when invalid.")
                .positional("FILE", ".drone.yml", "the file"))
                .flag("--legacy-groups",
                        "for a 0.8 file, keep native 0.8 group parallelism instead of Drone 1.x's serial conversion")
                .repeatable("--exit-code", "STEP=CODE", "assumed exit code of a step, e.g. test=1 or lint=78");
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) throws UsageException {
        Path file = args.file();
        String raw;
        try {
            raw = Files.readString(file);
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return 1;
        }
        BuildContext build = BuildContextOptions.context(args);
        PlanOptions options = new PlanOptions(args.numberPairs("--exit-code"), args.flag("--legacy-groups"));
        PlanResult result = FilePlanner.plan(file.toString(), raw, build, options,
                BuildContextOptions.localChanges(args, build, err));
        List<Diagnostic> problems = result.diagnostics();
        problems.forEach(d -> err.println(d.format()));
        if (!result.ok()) {
            return 1;
        }
        out.print(PlanJson.write(result.plan()));
        return 0;
    }
}
