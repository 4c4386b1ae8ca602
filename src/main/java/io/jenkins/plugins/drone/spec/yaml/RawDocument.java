package io.jenkins.plugins.drone.spec.yaml;

/**
 * One document cut out of the file by the line rule of docs/drone-semantics.md#document-splitting: its text and the
 * file line it starts at (1-based).
 */
public record RawDocument(String text, int firstLine) {

    /** True when the document holds nothing but blank lines and comments. */
    public boolean isBlank() {
        return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"));
    }
}
