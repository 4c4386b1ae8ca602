package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseOptions;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.Substitution;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * From the raw text of a pipeline file to a plan, the way Drone gets there: parsing through the one
 * entry point ({@link ManifestParser}, with its limits) with {@code ${...}} substitution by the build's
 * variables (a 0.8 file is converted first, matrix expanded, its workspace derived from the repository's web
 * link), the structural lint, then planning, where trust is judged for the pipelines that run. The one path
 * the CLI and every Jenkins job type take.
 */
public final class FilePlanner {

    private FilePlanner() {}

    /** The plan (null when there are errors) with every diagnostic of every stage, in order. */
    public static PlanResult plan(String fileName, String raw, BuildContext build, PlanOptions options) {
        Map<String, String> variables = BuildVariables.of(build);
        ParseOptions reading = new ParseOptions(build.remoteUrl(), text -> Substitution.apply(text, variables));
        ParseResult parsed = ManifestParser.parse(fileName, raw, reading);
        List<Diagnostic> problems = new ArrayList<>(parsed.diagnostics());
        if (!parsed.hasErrors()) {
            problems.addAll(Linter.lint(parsed.manifest(), true));
        }
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return new PlanResult(null, problems);
        }
        PlanResult planned = Planner.plan(parsed.manifest(), build, options);
        problems.addAll(planned.diagnostics());
        return new PlanResult(planned.plan(), problems);
    }
}
