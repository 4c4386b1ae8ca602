package io.jenkins.plugins.drone.spec;

/** A place in a YAML file: 1-based line and column, and the YAML path ({@code steps[2].image}). */
public record Position(String file, int line, int column, String path) {

    /** {@code FILE:LINE:COL}, the prefix of every diagnostic. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
