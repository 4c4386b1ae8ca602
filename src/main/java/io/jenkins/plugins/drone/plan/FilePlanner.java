package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Manifest;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseOptions;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.Substitution;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
        return plan(fileName, raw, build, options, () -> null);
    }

    /**
     * Like {@link #plan(String, String, BuildContext, PlanOptions)}, for a build whose changed files are worked out
     * only when needed: when {@code build} does not carry them and some {@code paths} condition of the file would
     * read them, {@code changedFiles} gives them ({@code null}: not known,
     * docs/drone-semantics.md#changed-paths). It is called at most once, after parsing and linting succeeded.
     */
    public static PlanResult plan(String fileName, String raw, BuildContext build, PlanOptions options,
            Supplier<List<String>> changedFiles) {
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
        BuildContext planned = build.changedFiles() == null && readsChangedFiles(parsed.manifest())
                ? build.toBuilder().changedFiles(changedFiles.get()).build() : build;
        PlanResult result = Planner.plan(parsed.manifest(), planned, options);
        problems.addAll(result.diagnostics());
        return new PlanResult(result.plan(), problems);
    }

    private static boolean readsChangedFiles(Manifest manifest) {
        return manifest.pipelines().stream().anyMatch(p -> p.trigger().paths().isPresent()
                || entries(p).anyMatch(step -> step.when().paths().isPresent()));
    }

    private static Stream<Step> entries(Pipeline pipeline) {
        return Stream.concat(pipeline.services().stream(), pipeline.steps().stream());
    }
}
