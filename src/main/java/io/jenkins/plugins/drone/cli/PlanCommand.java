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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plan}: prints what a build would run, as Plan JSON, with outcomes predicted for the given exit codes.
 * The file is {@code ${...}}-substituted with the build's variables, parsed, linted, then planned.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print the plan (JSON) of a .drone.yml for a build; diagnostics on stderr and exit 1 when invalid.")
final class PlanCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", defaultValue = ".drone.yml", description = "the file (default: .drone.yml)")
    private Path file;

    @CommandLine.Mixin
    private BuildContextOptions buildOptions;

    @Option(names = "--legacy-groups",
            description = "for a 0.8 file, keep native 0.8 group parallelism instead of Drone 1.x's serial conversion")
    private boolean legacyGroups;
    @Option(names = "--exit-code", description = "assumed exit code of a step, e.g. test=1 or lint=78")
    private Map<String, Integer> exitCodes = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String raw;
        try {
            raw = Files.readString(file);
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            err.flush();
            return 1;
        }
        BuildContext build = buildOptions.context();
        PlanResult result = FilePlanner.plan(file.toString(), raw, build, new PlanOptions(exitCodes, legacyGroups));
        List<Diagnostic> problems = result.diagnostics();
        problems.forEach(d -> err.println(d.format()));
        err.flush();
        if (!result.ok()) {
            return 1;
        }
        out.print(PlanJson.write(result.plan()));
        out.flush();
        return 0;
    }


}
