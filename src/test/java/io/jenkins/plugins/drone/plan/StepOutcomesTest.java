package io.jenkins.plugins.drone.plan;

import static io.jenkins.plugins.drone.plan.Entries.entry;
import static io.jenkins.plugins.drone.plan.Entries.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

// Proves the run-policy switch of docs/drone-semantics.md#run-policy on serial chains and graphs, entry by entry.
class StepOutcomesTest {

    private static Map<String, String> outcomes(StepOutcomes.Prediction prediction) {
        return prediction.entries().stream().collect(Collectors.toMap(StepPlan::name, s -> s.verdict().outcome().json()));
    }

    @Test
    void aParallelBranchReadyBeforeTheFailureStillRunsButLaterEntriesAreSkipped() {
        var prediction = StepOutcomes.predict(List.of(
                step("clone"), step("a", "clone"), step("b", "clone"), step("c", "b"),
                entry("report", RunPolicy.ON_FAILURE, ErrorPolicy.FAIL, false, "c")), Map.of("a", 1), false);
        assertEquals(Map.of("clone", "success", "a", "failure", "b", "success", "c", "skipped", "report", "success"),
                outcomes(prediction));
        assertTrue(prediction.failed());
        assertEquals("skipped: step a failed", prediction.entries().get(3).verdict().reason());
    }

    @Test
    void detachedEntriesNeverFailAndDoNotHoldBackTheirDependants() {
        var prediction = StepOutcomes.predict(List.of(
                entry("db", RunPolicy.ON_SUCCESS, ErrorPolicy.FAIL, true), step("test", "db")), Map.of("db", 1), false);
        assertEquals(Map.of("db", "success", "test", "success"), outcomes(prediction));
        assertFalse(prediction.failed());
    }

    @Test
    void ignoredFailureShowsAsFailureButLeavesThePipelineGreen() {
        var prediction = StepOutcomes.predict(List.of(
                entry("lint", RunPolicy.ON_SUCCESS, ErrorPolicy.IGNORE, false), step("test", "lint"),
                entry("on-failure", RunPolicy.ON_FAILURE, ErrorPolicy.FAIL, false, "test")), Map.of("lint", 2), false);
        assertEquals(Map.of("lint", "failure", "test", "success", "on-failure", "skipped"), outcomes(prediction));
        assertFalse(prediction.failed());
    }

    @Test
    void exit78SkipsEvenAlwaysEntriesPendingAfterIt() {
        var prediction = StepOutcomes.predict(List.of(
                step("check"), entry("cleanup", RunPolicy.ALWAYS, ErrorPolicy.FAIL, false, "check")), Map.of("check", 78), false);
        assertEquals(Map.of("check", "success", "cleanup", "skipped"), outcomes(prediction));
        assertEquals("skipped: exit code 78 from check", prediction.entries().get(1).verdict().reason());
        assertFalse(prediction.failed());
    }

    @Test
    void failFastCancelsAlwaysEntriesButAnIgnoredFailureDoesNot() {
        var fast = StepOutcomes.predict(List.of(
                entry("compile", RunPolicy.ON_SUCCESS, ErrorPolicy.FAIL_FAST, false),
                entry("cleanup", RunPolicy.ALWAYS, ErrorPolicy.FAIL, false, "compile")), Map.of("compile", 1), false);
        assertEquals("skipped", outcomes(fast).get("cleanup"));
        var plain = StepOutcomes.predict(List.of(
                step("compile"), entry("cleanup", RunPolicy.ALWAYS, ErrorPolicy.FAIL, false, "compile")),
                Map.of("compile", 1), false);
        assertEquals("success", outcomes(plain).get("cleanup"));
    }

    @Test
    void excludedEntriesStayExcludedAndPassTheChainOn() {
        var prediction = StepOutcomes.predict(List.of(
                step("a"), entry("b", RunPolicy.NEVER, ErrorPolicy.FAIL, false, "a"), step("c", "b")), Map.of(), false);
        assertEquals(Map.of("a", "success", "b", "excluded", "c", "success"), outcomes(prediction));
    }
}
