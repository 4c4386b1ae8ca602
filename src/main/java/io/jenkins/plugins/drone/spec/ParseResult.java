package io.jenkins.plugins.drone.spec;

import java.util.List;

/** What {@link ManifestParser} returns: the manifest (never null) and every problem found while reading it. */
public record ParseResult(Manifest manifest, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
