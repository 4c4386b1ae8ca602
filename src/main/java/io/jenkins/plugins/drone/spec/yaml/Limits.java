package io.jenkins.plugins.drone.spec.yaml;

/** Bounds that keep hostile input (alias bombs, deep nesting, huge files) cheap to reject. */
public final class Limits {

    /** Largest file accepted, in characters (Drone's configs are a few KB; 5 MB is generous). */
    public static final int MAX_FILE_CHARS = 5 * 1024 * 1024;
    /**
     * Aliases to collections per document. Generous (SnakeYAML's default is 50) because big files legitimately
     * use {@code <<: *defaults} in every step; {@link #MAX_VALUES} is what stops expansion bombs.
     */
    public static final int MAX_COLLECTION_ALIASES = 5_000;
    /** Nesting of maps and lists. */
    public static final int MAX_NESTING = 64;
    /** Values produced per document after expanding aliases and merge keys. */
    public static final int MAX_VALUES = 500_000;

    private Limits() {}
}
