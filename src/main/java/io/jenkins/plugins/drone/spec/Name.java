package io.jenkins.plugins.drone.spec;

/** A name written in the file (a {@code depends_on} entry, for example) with the place it was written. */
public record Name(String value, Position position) {

    @Override
    public String toString() {
        return value;
    }
}
