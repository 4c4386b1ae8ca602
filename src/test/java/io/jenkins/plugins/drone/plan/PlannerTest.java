package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Proves planner rules that the linter would normally hide or that goldens do not isolate: its own errors
// with positions, trust only for pipelines that run, environment precedence, numbering and workspace rules.
class PlannerTest {

    private static final BuildContext PUSH = BuildContext.builder().repo("acme/app").branch("main")
            .ref("refs/heads/main").commit("abc").event("push").build();

    private static PlanResult plan(String yaml, BuildContext build) {
        ParseResult parsed = ManifestParser.parse("x.yml", yaml);
        assertFalse(parsed.hasErrors(), parsed.diagnostics().toString());
        return Planner.plan(parsed.manifest(), build);
    }

    private static List<String> errors(PlanResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void unknownStepDependencyAndCycleAreErrorsAtTheirPositions() {
        PlanResult result = plan("""
                kind: pipeline
                steps:
                - name: a
                  image: alpine
                  depends_on: [b]
                - name: b
                  image: alpine
                  depends_on: [a, ghost]
                """, PUSH);
        assertNull(result.plan());
        assertEquals(List.of("x.yml:3:3: dependency cycle: a -> b -> a",
                "x.yml:8:19: step \"b\" depends on unknown step \"ghost\""), errors(result));
    }

    @Test
    void unknownPipelineDependencyIsAnError() {
        PlanResult result = plan("""
                kind: pipeline
                name: deploy
                depends_on: [build]
                steps:
                - name: a
                  image: alpine
                """, PUSH);
        assertEquals(List.of("x.yml:3:14: pipeline \"deploy\" depends on unknown pipeline \"build\""), errors(result));
    }

    @Test
    void trustIsOnlyRequiredFromPipelinesThatRun() {
        String yaml = """
                kind: pipeline
                name: release
                trigger:
                  event: tag
                steps:
                - name: docker
                  image: docker:dind
                  privileged: true
                """;
        assertTrue(plan(yaml, PUSH).ok());
        PlanResult tag = plan(yaml, BuildContext.builder().event("tag").ref("refs/tags/v1").build());
        assertEquals(List.of("x.yml:8:3: step \"docker\": privileged mode needs a trusted job"), errors(tag));
    }

    // docs/drone-semantics.md#privileged-plugins: plugins/docker runs privileged by itself only in a trusted job;
    // in any other job it runs unprivileged and the plan says why (the build's console prints the warning).
    @Test
    void pluginImagesRunPrivilegedOnlyForTrustedJobs() {
        String yaml = """
                kind: pipeline
                steps:
                - name: publish
                  image: plugins/docker
                  settings:
                    repo: acme/app
                """;
        PlanResult untrusted = plan(yaml, PUSH);
        assertTrue(untrusted.ok());
        assertFalse(untrusted.plan().pipeline("default").step("publish").container().privileged());
        assertEquals(List.of("x.yml:4:3: warning: step \"publish\": plugins/docker runs privileged only in trusted"
                + " jobs; this job is not trusted, so Docker-in-Docker will fail (mark the job trusted to allow it)"),
                untrusted.diagnostics().stream().map(Diagnostic::format).toList());

        PlanResult trusted = plan(yaml, BuildContext.builder().repo("acme/app").branch("main").ref("refs/heads/main")
                .commit("abc").event("push").trusted(true).build());
        assertTrue(trusted.plan().pipeline("default").step("publish").container().privileged());
        assertEquals(List.of(), trusted.diagnostics());
    }

    @Test
    void tmpfsNeedsATrustedJobLikeAMemoryVolume() {
        String yaml = """
                kind: pipeline
                services:
                - name: db
                  image: postgres
                  tmpfs: [/var/lib/postgresql/data]
                """;
        assertEquals(List.of("x.yml:5:3: step \"db\": tmpfs needs a trusted job"), errors(plan(yaml, PUSH)));
        PlanResult trusted = plan(yaml, BuildContext.builder().branch("main").trusted(true).build());
        assertEquals(List.of(new StepPlan.Tmpfs("/var/lib/postgresql/data", 0)),
                trusted.plan().pipeline("default").step("db").container().tmpfs());
    }

    @Test
    void stepEnvironmentMayOverrideRepositoryVariablesButNotBuildOnesAndSecretsWin() {
        PlanResult result = plan("""
                kind: pipeline
                environment:
                  SHARED: pipeline
                  TOKEN: plain
                steps:
                - name: a
                  image: alpine
                  environment:
                    DRONE_REPO: other/repo
                    DRONE_BRANCH: hacked
                    DRONE_STEP_NAME: hacked
                    EMPTY: ""
                    TOKEN:
                      from_secret: token
                """, PUSH);
        StepPlan step = result.plan().pipeline("default").step("a");
        assertEquals("other/repo", step.process().environment().get("DRONE_REPO"));
        assertEquals("main", step.process().environment().get("DRONE_BRANCH"));
        assertEquals("a", step.process().environment().get("DRONE_STEP_NAME"));
        assertEquals("pipeline", step.process().environment().get("SHARED"));
        assertFalse(step.process().environment().containsKey("EMPTY"));
        assertFalse(step.process().environment().containsKey("TOKEN"));
        assertEquals(Map.of("TOKEN", "token"), step.process().secretEnvironment());
        assertEquals("pipeline", result.plan().pipeline("default").step("clone").process().environment().get("SHARED"));
    }

    @Test
    void excludedEntriesAreNotNumberedAndServicesAreDetached() {
        PlanResult result = plan("""
                kind: pipeline
                services:
                - name: db
                  image: postgres
                steps:
                - name: skipped
                  image: alpine
                  when:
                    branch: other
                - name: test
                  image: alpine
                """, PUSH);
        PipelinePlan pipeline = result.plan().pipeline("default");
        assertEquals(List.of(1, 2, 0, 3), pipeline.steps().stream().map(StepPlan::number).toList());
        assertTrue(pipeline.step("db").policies().detach());
        assertNull(pipeline.step("db").process().workingDir());
        assertEquals("3", pipeline.step("test").process().environment().get("DRONE_STEP_NUMBER"));
        assertEquals(List.of("skipped"), pipeline.step("test").dependsOn());
    }

    @Test
    void workspaceAbsolutePathBecomesTheBaseAndRestrictedPathsFallBack() {
        String yaml = """
                kind: pipeline
                workspace:
                  path: %s
                steps:
                - name: a
                  image: alpine
                """;
        assertEquals("/go/src/app", plan(yaml.formatted("/go/src/app"), PUSH).plan().pipelines().get(0).workspace().base());
        assertEquals("/drone/src", plan(yaml.formatted("/usr/bin/x"), PUSH).plan().pipelines().get(0).workspace().fullPath());
        assertEquals("/drone/src/sub", plan(yaml.formatted("sub"), PUSH).plan().pipelines().get(0).workspace().fullPath());
    }

    @Test
    void windowsPipelinesGetADriveLetterBackslashesAndPowerShell() {
        PlanResult result = plan("""
                kind: pipeline
                platform:
                  os: windows
                workspace:
                  path: sub/dir
                steps:
                - name: a
                  image: mcr.microsoft.com/windows/servercore:1809
                """, PUSH);
        StepPlan step = result.plan().pipelines().get(0).step("a");
        assertEquals("c:\\drone\\src\\sub\\dir", step.process().workingDir());
        assertEquals("c:\\drone\\src", step.process().environment().get("DRONE_WORKSPACE_BASE"));
        assertEquals("powershell.exe", step.process().environment().get("SHELL"));
    }
}
