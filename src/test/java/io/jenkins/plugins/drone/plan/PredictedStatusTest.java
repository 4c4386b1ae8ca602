package io.jenkins.plugins.drone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

// `plan --exit-code`: the predicted environment of an entry that runs after a failure says what the engine says
// at run time: DRONE_STAGE_STATUS and DRONE_BUILD_STATUS failure in the failing pipeline, DRONE_BUILD_STATUS
// failure in a pipeline that runs after its dependency failed; entries before the failure still say success.
class PredictedStatusTest {

    private static Plan plan(Map<String, Integer> exitCodes) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/plan/compat/status-after-failure.yml"));
        PlanResult r = FilePlanner.plan("s.yml", text, BuildContext.builder().branch("main").build(),
                new PlanOptions(exitCodes, false));
        assertTrue(r.ok(), r.diagnostics().toString());
        return r.plan();
    }

    private static String statuses(Plan plan, String pipeline, String step) {
        Map<String, String> env = plan.pipeline(pipeline).step(step).process().environment();
        return env.get("DRONE_STAGE_STATUS") + "/" + env.get("DRONE_BUILD_STATUS");
    }

    @Test
    void anEntryAfterAFailureSeesFailure() throws IOException {
        Plan plan = plan(Map.of("test", 1));
        assertEquals("success/success", statuses(plan, "ci", "test"));
        assertEquals("failure/failure", statuses(plan, "ci", "notify"));
        assertEquals(Outcome.SUCCESS, plan.pipeline("report").outcome());
        assertEquals("success/failure", statuses(plan, "report", "summary"));
    }

    @Test
    void aGreenBuildSaysSuccess() throws IOException {
        Plan plan = plan(Map.of());
        assertEquals("success/success", statuses(plan, "ci", "notify"));
        assertEquals(Outcome.SKIPPED, plan.pipeline("report").outcome());
    }
}
