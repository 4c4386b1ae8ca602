package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Manifest;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Position;
import io.jenkins.plugins.drone.spec.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a manifest with Drone's rules, in Drone's order (docs/drone-semantics.md#linting): server rules per pipeline in file order, then
 * runner rules per pipeline (steps-list rules, then entry rules over services and steps, then volumes). Runner
 * rules apply to the pipelines this installation runs; one of another runner's type only gets a warning.
 * Reports every problem, not only the first; messages start with Drone's own text.
 */
public final class Linter {

    private static final List<ManifestRule> DOCUMENT_RULES = List.of(new ResourceValidityRule());
    private static final List<PipelineRule> SERVER_RULES = List.of(
            new DuplicatePipelineNameRule(), new PipelineDependencyRule(), new PlatformRule(), new PipelineCycleRule());
    private static final List<PipelineRule> STEP_LIST_RULES = List.of(new StepNameRule(), new DuplicateStepNameRule());
    private static final List<StepRule> ENTRY_RULES = Stream.of(
            List.<StepRule>of(new DuplicateEntryNameRule(), new ImageRule()),
            TrustedSettingRule.all(),
            List.<StepRule>of(new PrivilegedPluginRule()),
            List.<StepRule>of(new VolumeMountRule(), new StepDependencyRule(), new HealthCheckRule()),
            KnownValueRule.all())
            .flatMap(List::stream).toList();
    private static final List<PipelineRule> PIPELINE_RULES = List.of(new PipelineVolumeRule(), new CacheVolumeRule(),
            new StepCycleRule());
    private static final RuleSet DOCKER = new RuleSet(STEP_LIST_RULES, ENTRY_RULES, PIPELINE_RULES);
    /** Exec pipelines (docs/pipelines.md#exec-pipelines): trust, keys the exec runner ignores, and the order rules. */
    private static final RuleSet EXEC = new RuleSet(
            Stream.concat(Stream.<PipelineRule>of(new ExecTrustRule(), new ExecPipelineKeyRule()), STEP_LIST_RULES.stream()).toList(),
            Stream.concat(Stream.<StepRule>of(new DuplicateEntryNameRule(), new ExecStepKeyRule(), new ExecCommandsRule(),
                    new StepDependencyRule()), KnownValueRule.all().stream()).toList(),
            List.of(new StepCycleRule()));

    /** The runner rules of one pipeline type: before the entries, per entry, after the entries. */
    private record RuleSet(List<PipelineRule> first, List<StepRule> entries, List<PipelineRule> last) {}

    private Linter() {}

    /** Every lint problem of {@code manifest}; {@code trusted} allows privileged mode, host volumes and the like. */
    public static List<Diagnostic> lint(Manifest manifest, boolean trusted) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            DOCUMENT_RULES.forEach(rule -> rule.check(manifest, found));
            PipelineIndex index = new PipelineIndex(manifest.pipelines());
            for (Pipeline p : index.pipelines()) {
                LintContext ctx = new LintContext(manifest, index, p, trusted, found);
                SERVER_RULES.forEach(rule -> rule.check(ctx));
            }
            for (Pipeline p : index.pipelines()) {
                if (Pipeline.runsHere(p.type())) {
                    runnerRules(new LintContext(manifest, index, p, trusted, found));
                } else {
                    found.add(Diagnostic.warning(p.at("type"), "pipeline `" + p.effectiveName() + "` is listed as not run: "
                            + Pipeline.notRunReason(p.type())));
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            found.add(Diagnostic.error(new Position(manifest.file(), 1, 1, ""), ManifestParser.INTERNAL_ERROR + e));
        }
        return found;
    }

    /** The rules of the pipeline's type over services and steps; an exec pipeline's services are ignored, as its runner does. */
    private static void runnerRules(LintContext ctx) {
        Pipeline p = ctx.pipeline();
        boolean exec = Pipeline.runsOnHost(p.type());
        RuleSet rules = exec ? EXEC : DOCKER;
        rules.first().forEach(rule -> rule.check(ctx));
        Set<String> earlier = new HashSet<>();
        if (!p.cloning().disable()) {
            earlier.add("clone");
        }
        List<Step> entries = exec ? p.steps() : Stream.concat(p.services().stream(), p.steps().stream()).toList();
        for (Step entry : entries) {
            rules.entries().forEach(rule -> rule.check(entry, earlier, ctx));
            earlier.add(entry.name());
        }
        rules.last().forEach(rule -> rule.check(ctx));
    }

    /** Parse problems followed by lint problems: what {@code lint FILE} prints. */
    public static List<Diagnostic> check(String fileName, String text, boolean trusted) {
        return check(ManifestParser.parse(fileName, text), trusted);
    }

    public static List<Diagnostic> check(ParseResult parsed, boolean trusted) {
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        all.addAll(lint(parsed.manifest(), trusted));
        return all;
    }
}
