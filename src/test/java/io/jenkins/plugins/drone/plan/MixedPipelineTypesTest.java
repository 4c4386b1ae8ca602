package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

// A file that mixes pipeline types is not refused: docker pipelines run, a kubernetes (or ssh, vm...) pipeline
// is kept in the plan as not run with the reason, its runner's keys and steps are not judged here, and lint says
// which pipeline this installation cannot run, as a warning at its `type:` (and, the check being untrusted, that the
// docker pipeline's plugins/docker step will not get its privileges).
class MixedPipelineTypesTest {

    private static final Path FILE = Path.of("src/test/resources/plan/compat/mixed-pipeline-types.yml");

    @Test
    void theDockerPipelinesRunAndTheOtherTypeIsListedAsNotRun() throws IOException {
        PlanResult r = FilePlanner.plan("mixed.yml", Files.readString(FILE), BuildContext.builder().branch("main").build(),
                PlanOptions.DEFAULT);
        assertTrue(r.ok(), r.diagnostics().toString());
        Plan plan = r.plan();
        assertEquals(List.of(true, false, true), plan.pipelines().stream().map(PipelinePlan::run).toList());
        PipelinePlan deploy = plan.pipeline("deploy");
        assertFalse(deploy.runsHere());
        assertEquals("pipeline type kubernetes is not run by this installation", deploy.reason());
        assertEquals(Outcome.EXCLUDED, deploy.outcome());
        assertEquals(List.of("build"), plan.pipeline("publish").dependsOn());
        assertEquals(Outcome.SUCCESS, plan.pipeline("publish").outcome());
    }

    @Test
    void lintWarnsAtTheTypeAndReportsNothingOfTheOtherRunner() throws IOException {
        List<Diagnostic> found = Linter.check("mixed.yml", Files.readString(FILE), false);
        assertEquals(List.of("mixed.yml:12:1: warning: pipeline `deploy` is listed as not run: "
                + "pipeline type kubernetes is not run by this installation", "mixed.yml:25:3: warning: step \"push\": "
                + "plugins/docker runs privileged only in trusted jobs; this job is not trusted, so Docker-in-Docker will "
                + "fail (mark the job trusted to allow it)"), found.stream().map(Diagnostic::format).toList());
    }
}
