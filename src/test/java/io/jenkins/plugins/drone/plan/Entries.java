package io.jenkins.plugins.drone.plan;

import java.util.List;
import java.util.Map;

/** Builds {@link StepPlan}s for predictor tests: only the fields the predictor reads vary. */
final class Entries {

    private Entries() {
    }

    static StepPlan entry(String name, RunPolicy policy, ErrorPolicy error, boolean detach, String... dependsOn) {
        return withImage(name, "alpine", policy, error, detach, dependsOn);
    }

    static StepPlan withImage(String name, String image, RunPolicy policy, ErrorPolicy error, boolean detach,
            String... dependsOn) {
        return new StepPlan(name, 1, StepKind.STEP, image, PullPolicy.DEFAULT, policy != RunPolicy.NEVER, "",
                Outcome.SUCCESS, List.of(dependsOn), policy, error, detach, List.of(), List.of(), List.of(), Map.of(),
                Map.of(), "/drone/src", null, false, List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, 0,
                0, 0, 0);
    }

    static StepPlan step(String name, String... dependsOn) {
        return entry(name, RunPolicy.ON_SUCCESS, ErrorPolicy.FAIL, false, dependsOn);
    }
}
