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
     * The {@code paths} condition over a build's changed files (docs/drone-semantics.md#changed-paths, woodpecker's
     * semantics; Drone itself never evaluates it): no change list matches; otherwise some file must be included and
     * not every file excluded.
     */
    public boolean matchesChangedFiles(Collection<String> files) {
        if (files == null || files.isEmpty()) {
            return true;
        }
        boolean included = include.isEmpty() || files.stream().anyMatch(f -> include.stream().anyMatch(p -> Glob.match(p, f)));
        boolean allExcluded = !exclude.isEmpty() && files.stream().allMatch(f -> exclude.stream().anyMatch(p -> Glob.match(p, f)));
        return included && !allExcluded;
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
