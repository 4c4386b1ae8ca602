package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Step;
import java.util.Set;

/** A rule about one step or service, run entry by entry in Drone's order (services, then steps). */
public interface StepRule {

    /**
     * Reports problems of {@code step}. {@code earlier} holds the names usable before it: {@code clone} when
     * enabled, then the services and steps already checked.
     */
    void check(Step step, Set<String> earlier, LintContext ctx);
}
