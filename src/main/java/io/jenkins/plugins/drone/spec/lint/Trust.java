package io.jenkins.plugins.drone.spec.lint;

/** The wording shared by every rule that needs a trusted job. */
final class Trust {

    /** Appended to Drone's message so the reader knows which setting grants the permission. */
    static final String HINT = " (mark the job trusted to allow it)";

    static final String UNTRUSTED = "linter: untrusted repositories ";

    private Trust() {}
}
