package io.jenkins.plugins.drone.spec;

import java.util.Objects;

/** A place in a YAML file: 1-based line and column, and the YAML path ({@code steps[2].image}). */
public record Position(String file, int line, int column, String path) {

    // Written out, as YamlValue.Scalar's: a record's own equals and hashCode cost method-handle linking at start-up.
    @Override
    public boolean equals(Object other) {
        return other instanceof Position p && line == p.line && column == p.column && Objects.equals(file, p.file)
                && Objects.equals(path, p.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, path);
    }

    /** {@code FILE:LINE:COL}, the prefix of every diagnostic. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
