package io.jenkins.plugins.drone.spec;

import java.util.Collection;
import java.util.List;

/**
 * One condition field ({@code branch}, {@code event}...): glob patterns to include and to exclude
 * (docs/drone-semantics.md#condition-syntax, docs/drone-semantics.md#condition-matching).
 */
public record Condition(List<String> include, List<String> exclude, Position position) {

    public Condition {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** The absent field, which matches everything. */
    public static Condition none(Position position) {
        return new Condition(List.of(), List.of(), position);
    }

    /** True when the field was written with at least one pattern. */
    public boolean isPresent() {
        return !include.isEmpty() || !exclude.isEmpty();
    }

    /**
     * The {@code paths} condition over a build's changed files (docs/drone-semantics.md#changed-paths, the rule of
     * Drone's paths-changed extension): an absent field or an unknown change list ({@code null}) matches; otherwise
     * some changed file must {@linkplain #matches match} (not excluded, and included when there are includes), so an
     * empty change list matches nothing.
     */
    public boolean matchesChangedFiles(Collection<String> files) {
        return !isPresent() || files == null || files.stream().anyMatch(this::matches);
    }

    /** Drone's rule: excluded → false; included → true; no includes → true; else false. Case-sensitive globs. */
    public boolean matches(String value) {
        String v = value == null ? "" : value;
        if (exclude.stream().anyMatch(p -> Glob.match(p, v))) {
            return false;
        }
        return include.isEmpty() || include.stream().anyMatch(p -> Glob.match(p, v));
    }
}
