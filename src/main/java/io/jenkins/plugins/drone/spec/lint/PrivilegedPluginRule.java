package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Images;
import io.jenkins.plugins.drone.spec.Step;
import java.util.Set;

/**
 * A plugin image Drone runs privileged by itself ({@code plugins/docker} and the like) gets no privileges in an
 * untrusted job, so its Docker-in-Docker fails: a warning at the image (docs/drone-semantics.md#privileged-plugins).
 */
public final class PrivilegedPluginRule implements StepRule {

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        if (!ctx.trusted() && Images.isPrivilegedPlugin(step)) {
            ctx.report(warning(step));
        }
    }

    /** The warning, also printed by the plan of an untrusted build. */
    public static Diagnostic warning(Step step) {
        return Diagnostic.warning(step.at("image"), "step \"" + step.name() + "\": " + step.image()
                + " runs privileged only in trusted jobs; this job is not trusted, so Docker-in-Docker will fail"
                + Trust.HINT);
    }
}
