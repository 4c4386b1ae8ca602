package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Manifest;
import io.jenkins.plugins.drone.spec.Pipeline;
import io.jenkins.plugins.drone.spec.Position;
import java.util.List;

/** What a rule sees: the whole manifest, the pipeline being checked, the trust flag, and where to report. */
public final class LintContext {

    private final Manifest manifest;
    private final Pipeline pipeline;
    private final boolean trusted;
    private final List<Diagnostic> found;
    private final PipelineIndex index;

    LintContext(Manifest manifest, PipelineIndex index, Pipeline pipeline, boolean trusted, List<Diagnostic> found) {
        this.manifest = manifest;
        this.index = index;
        this.pipeline = pipeline;
        this.trusted = trusted;
        this.found = found;
    }

    public Manifest manifest() {
        return manifest;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public boolean trusted() {
        return trusted;
    }

    /** What the file's pipelines have in common, computed once per lint. */
    PipelineIndex index() {
        return index;
    }

    public void error(Position position, String message) {
        report(Diagnostic.error(position, message));
    }

    public void report(Diagnostic diagnostic) {
        found.add(diagnostic);
    }
}
