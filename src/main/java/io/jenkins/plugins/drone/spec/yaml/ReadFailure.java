package io.jenkins.plugins.drone.spec.yaml;

import io.jenkins.plugins.drone.spec.Diagnostic;

/** A document could not be read at all; carries the one diagnostic that says why. */
public final class ReadFailure extends Exception {

    private final transient Diagnostic diagnostic;

    public ReadFailure(Diagnostic diagnostic) {
        super(diagnostic.format(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
