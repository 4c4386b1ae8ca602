package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Step;
import java.util.Set;

/**
 * A warning for each step key of an exec pipeline that Drone's exec runner ignores ({@code image}, {@code privileged},
 * {@code volumes}, {@code settings}...): an exec step is its {@code commands} run on the agent, with its
 * {@code environment}, {@code when}, {@code depends_on}, {@code failure} and {@code detach}.
 */
public final class ExecStepKeyRule implements StepRule {

    /** The step keys of Drone's exec runner that this plugin runs. */
    static final Set<String> EXEC_KEYS = Set.of("name", "commands", "environment", "when", "depends_on", "failure",
            "detach");

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        step.keys().forEach((key, position) -> {
            if (!EXEC_KEYS.contains(key)) {
                ctx.report(Diagnostic.warning(position, "step `" + step.name() + "`: `" + key
                        + "` is ignored in an exec pipeline: the step runs as a process on the agent"));
            }
        });
    }
}
