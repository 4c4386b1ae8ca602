package io.jenkins.plugins.drone.spec.print;

/**
 * A scalar to print: a string (quoted only when docs/drone-semantics.md#formatter says so), a literal (numbers,
 * booleans) or folded data.
 */
record Leaf(String text, Style style) {

    enum Style {
        STRING,
        LITERAL,
        FOLDED
    }

    static Leaf string(String text) {
        return new Leaf(text, Style.STRING);
    }

    static Leaf literal(String text) {
        return new Leaf(text, Style.LITERAL);
    }

    static Leaf folded(String text) {
        return new Leaf(text, Style.FOLDED);
    }
}
