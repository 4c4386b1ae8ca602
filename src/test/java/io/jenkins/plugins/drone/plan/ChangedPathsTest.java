package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

// Proves the paths rule of docs/drone-semantics.md#changed-paths as the planner applies it to `trigger.paths` and
// `when.paths`: some changed file must be included and not excluded (exclude-only: some file outside the
// excludes); an empty change list runs nothing with a paths condition; an unknown one (null) runs everything;
// the reason names the paths rule, comes after the other fields' reasons, and a 0.8 file cannot carry paths;
// FilePlanner asks for the changed files only when a paths condition reads them and the build lacks them.
class ChangedPathsTest {

    private static final String INCLUDE_AND_EXCLUDE = """
            kind: pipeline
            name: app
            trigger:
              paths:
                include: [src/**]
                exclude: ["**/*.md"]
            steps:
            - name: build
              image: alpine
            """;

    private static final String EXCLUDE_ONLY = """
            kind: pipeline
            name: app
            trigger:
              paths:
                exclude: [docs/**, "*.md"]
            steps:
            - name: build
              image: alpine
            """;

    private static final String STEP_PATHS = """
            kind: pipeline
            name: app
            steps:
            - name: web
              image: alpine
              when:
                paths: web/**
            - name: api
              image: alpine
              when:
                branch: main
                paths: [api/**, shared/**]
            - name: always
              image: alpine
            """;

    private static BuildContext changed(String... files) {
        return BuildContext.builder().branch("main").ref("refs/heads/main").event("push")
                .changedFiles(files == null ? null : Arrays.asList(files)).build();
    }

    private static Plan plan(String yaml, BuildContext build) {
        ParseResult parsed = ManifestParser.parse("x.yml", yaml);
        assertFalse(parsed.hasErrors(), parsed.diagnostics().toString());
        return Planner.plan(parsed.manifest(), build).plan();
    }

    private static String pipelineReason(String yaml, String... files) {
        PipelinePlan app = plan(yaml, changed(files)).pipeline("app");
        assertEquals(app.reason().isEmpty(), app.run(), app.reason());
        return app.reason();
    }

    @Test
    void anIncludedFileThatIsNotExcludedRunsThePipeline() {
        assertEquals("", pipelineReason(INCLUDE_AND_EXCLUDE, "src/a/Main.java"));
        assertEquals("", pipelineReason(INCLUDE_AND_EXCLUDE, "README.md", "src/a/Main.java"));
    }

    @Test
    void includedFilesThatAreAllExcludedDoNotRunIt() {
        assertEquals("paths: no changed file (of 1) is included by [src/**] and not excluded by [**/*.md]",
                pipelineReason(INCLUDE_AND_EXCLUDE, "src/a/NOTES.md"));
        assertEquals("paths: no changed file (of 1) is included by [src/**] and not excluded by [**/*.md]",
                pipelineReason(INCLUDE_AND_EXCLUDE, "lib/Other.java"));
    }

    @Test
    void theIncludeAndTheExcludeMustHoldForTheSameFile() {
        // src/a/NOTES.md is included but excluded, lib/Other.java is not excluded but not included: no file is
        // both. (Woodpecker's path condition would run here: it checks the two lists separately.)
        assertEquals("paths: no changed file (of 2) is included by [src/**] and not excluded by [**/*.md]",
                pipelineReason(INCLUDE_AND_EXCLUDE, "src/a/NOTES.md", "lib/Other.java"));
    }

    @Test
    void excludeOnlyRunsWhenAnythingChangedOutsideTheExcludes() {
        assertEquals("", pipelineReason(EXCLUDE_ONLY, "docs/guide.md", "src/Main.java"));
        assertEquals("paths: every changed file (of 2) is excluded by [docs/**, *.md]",
                pipelineReason(EXCLUDE_ONLY, "docs/a/b/guide.txt", "README.md"));
        assertEquals("", pipelineReason(EXCLUDE_ONLY, "src/README.md"), "*.md matches files at the root only");
    }

    @Test
    void anEmptyChangeListMeansNothingChanged() {
        assertEquals("paths: no file changed", pipelineReason(INCLUDE_AND_EXCLUDE));
        assertEquals("paths: no file changed", pipelineReason(EXCLUDE_ONLY));
        assertTrue(plan(STEP_PATHS.replace("paths: web/**", "event: push"), changed()).pipeline("app")
                .step("web").verdict().run(), "no paths condition: nothing to check");
    }

    @Test
    void anUnknownChangeListMeansEverythingChanged() {
        assertEquals("", pipelineReason(INCLUDE_AND_EXCLUDE, (String[]) null));
        assertEquals("", pipelineReason(EXCLUDE_ONLY, (String[]) null));
        Plan plan = plan(STEP_PATHS, changed((String[]) null));
        assertTrue(plan.pipeline("app").steps().stream().allMatch(s -> s.verdict().run()));
    }

    @Test
    void stepPathsExcludeTheStepWithTheReasonAndTheOtherFieldsComeFirst() {
        PipelinePlan app = plan(STEP_PATHS, changed("shared/util.go")).pipeline("app");
        StepPlan web = app.step("web");
        assertFalse(web.verdict().run());
        assertEquals("paths: no changed file (of 1) is included by [web/**]", web.verdict().reason());
        assertEquals(0, web.number(), "an excluded step is not numbered");
        assertTrue(app.step("api").verdict().run());
        assertEquals(List.of("clone", "api", "always"), app.steps().stream().filter(s -> s.verdict().run())
                .map(StepPlan::name).toList());

        BuildContext otherBranch = changed("web/index.html").toBuilder().branch("dev").ref("refs/heads/dev").build();
        StepPlan api = plan(STEP_PATHS, otherBranch).pipeline("app").step("api");
        assertEquals("branch dev does not match [main]", api.verdict().reason());
    }

    @Test
    void theFilePlannerAsksForChangedFilesOnlyWhenAPathsConditionReadsThem() {
        AtomicInteger asked = new AtomicInteger();
        PlanResult planned = FilePlanner.plan("x.yml", STEP_PATHS, changed((String[]) null), PlanOptions.DEFAULT,
                () -> {
                    asked.incrementAndGet();
                    return List.of("web/index.html");
                });
        assertEquals(1, asked.get());
        assertEquals(List.of("clone", "web", "always"), planned.plan().pipeline("app").steps().stream()
                .filter(s -> s.verdict().run()).map(StepPlan::name).toList());

        String noPaths = STEP_PATHS.replace("paths: web/**", "event: push").replace("paths: [api/**, shared/**]", "");
        Supplier<List<String>> counted = () -> {
            asked.incrementAndGet();
            return null;
        };
        FilePlanner.plan("x.yml", noPaths, changed((String[]) null), PlanOptions.DEFAULT, counted);
        FilePlanner.plan("x.yml", STEP_PATHS, changed("api/x"), PlanOptions.DEFAULT, counted);
        assertEquals(1, asked.get(), "no paths condition, or the build carries its changed files");
    }

    @Test
    void aLegacyFileCannotCarryPathsSoTheyAreReportedAndIgnored() {
        ParseResult parsed = ManifestParser.parse("x.yml", """
                pipeline:
                  build:
                    image: alpine
                    commands: [make]
                    when:
                      paths: [src/**]
                """);
        assertFalse(parsed.hasErrors(), parsed.diagnostics().toString());
        assertTrue(parsed.diagnostics().stream().map(Diagnostic::format).anyMatch(d -> d.contains("`paths`")),
                parsed.diagnostics().toString());
        Plan plan = Planner.plan(parsed.manifest(), changed("README.md")).plan();
        assertTrue(plan.pipelines().get(0).step("build").verdict().run());
    }
}
