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
        return new StepPlan(name, 1, StepKind.STEP, image, List.of(dependsOn),
                new StepPlan.Verdict(policy != RunPolicy.NEVER, "", Outcome.SUCCESS),
                new StepPlan.Policies(PullPolicy.DEFAULT, policy, error, detach, 0, null),
                StepPlan.Process.environmentOnly(Map.of(), Map.of(), "/drone/src"), StepPlan.ContainerOptions.NONE,
                StepPlan.Resources.NONE);
    }

    static StepPlan step(String name, String... dependsOn) {
        return entry(name, RunPolicy.ON_SUCCESS, ErrorPolicy.FAIL, false, dependsOn);
    }
}
