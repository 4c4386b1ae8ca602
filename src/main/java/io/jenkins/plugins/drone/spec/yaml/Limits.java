package io.jenkins.plugins.drone.spec.yaml;

/** Bounds that keep hostile input (alias bombs, deep nesting, huge files) cheap to reject. */
public final class Limits {

    /** Largest file accepted, in characters (Drone's configs are a few KB; 5 MB is generous). */
    public static final int MAX_FILE_CHARS = 5 * 1024 * 1024;
    /** Aliases to collections per document (SnakeYAML's own default is 50). */
    public static final int MAX_COLLECTION_ALIASES = 100;
    /** Nesting of maps and lists. */
    public static final int MAX_NESTING = 64;
    /** Values produced per document after expanding aliases and merge keys. */
    public static final int MAX_VALUES = 1_000_000;

    private Limits() {}
}
