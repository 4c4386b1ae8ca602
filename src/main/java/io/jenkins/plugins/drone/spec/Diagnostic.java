package io.jenkins.plugins.drone.spec;

/** A problem found in a {@code .drone.yml}: what is wrong and where; printed the same everywhere. */
public record Diagnostic(Severity severity, Position position, String message) {

    /** How bad a problem is: errors stop the build, warnings do not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public static Diagnostic error(Position position, String message) {
        return new Diagnostic(Severity.ERROR, position, message);
    }

    public static Diagnostic warning(Position position, String message) {
        return new Diagnostic(Severity.WARNING, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COL: message} (warnings say so): the one format used by CLI, console log and UI. */
    public String format() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return position + ": " + prefix + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
