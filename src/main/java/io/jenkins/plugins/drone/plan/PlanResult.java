package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Diagnostic;
import java.util.List;

/**
 * What {@link Planner} returns: the plan, or null when planning found errors, and every diagnostic
 * (errors name the file position of the offending key).
 */
public record PlanResult(Plan plan, List<Diagnostic> diagnostics) {

    public PlanResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when there is a plan to run. */
    public boolean ok() {
        return plan != null;
    }
}
