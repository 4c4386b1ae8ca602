package io.jenkins.plugins.drone.spec.lint;

/** A rule about one pipeline document as a whole (its name, dependencies, platform, volumes, steps list). */
public interface PipelineRule {

    /** Reports every problem of {@code ctx.pipeline()} through {@code ctx.error}. */
    void check(LintContext ctx);
}
