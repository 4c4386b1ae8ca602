package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.Substitution;
import io.jenkins.plugins.drone.spec.legacy.LegacyConverter;
import io.jenkins.plugins.drone.spec.legacy.LegacyFormat;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.util.ArrayList;
import java.util.List;

/**
 * From the raw text of a pipeline file to a plan, the way Drone's runner gets there: {@code ${...}}
 * substitution with the build's variables, parsing (a 0.8 file is converted, its workspace derived from
 * the build's clone URL), the structural lint, then planning, where trust is judged for the pipelines
 * that run. The one path the CLI and every Jenkins job type take.
 */
public final class FilePlanner {

    private FilePlanner() {}

    /** The plan (null when there are errors) with every diagnostic of every stage, in order. */
    public static PlanResult plan(String fileName, String raw, BuildContext build, PlanOptions options) {
        String text = Substitution.apply(raw, BuildVariables.of(build));
        ParseResult parsed = LegacyFormat.isLegacy(text) && !build.remoteUrl().isEmpty()
                ? LegacyConverter.toManifest(fileName, text, build.remoteUrl())
                : ManifestParser.parse(fileName, text);
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
