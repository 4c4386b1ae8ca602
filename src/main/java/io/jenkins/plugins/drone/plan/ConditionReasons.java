package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Condition;
import io.jenkins.plugins.drone.spec.Conditions;
import io.jenkins.plugins.drone.spec.Glob;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates {@code trigger} and {@code when} against a build (docs/drone-semantics.md#condition-matching) and says in
 * words why they do not match, checking fields in Drone's order: branch, event, action, ref, repo, (instance),
 * target, cron, then {@code paths} against the build's changed files (docs/drone-semantics.md#changed-paths).
 */
final class ConditionReasons {

    private ConditionReasons() {
    }

    /** Why a pipeline's {@code trigger} excludes this build, or "" when it matches; instance is not evaluated. */
    static String trigger(Conditions trigger, BuildContext build) {
        return firstMismatch(fields(trigger, build, false), trigger.paths(), build.changedFiles());
    }

    /** Why a step's {@code when} (all fields but status) excludes it, or "" when it matches. */
    static String when(Conditions when, BuildContext build) {
        return firstMismatch(fields(when, build, true), when.paths(), build.changedFiles());
    }

    /** One condition field and the build value it is compared with. */
    private record Field(String name, Condition condition, String value) {}

    private static List<Field> fields(Conditions c, BuildContext build, boolean withInstance) {
        List<Field> fields = new ArrayList<>(List.of(
                new Field("branch", c.branch(), build.branch()),
                new Field("event", c.event(), build.event()),
                new Field("action", c.action(), build.action()),
                new Field("ref", c.ref(), build.ref()),
                new Field("repo", c.repo(), build.repo())));
        if (withInstance) {
            fields.add(new Field("instance", c.instance(), build.instance()));
        }
        fields.add(new Field("target", c.target(), build.target()));
        fields.add(new Field("cron", c.cron(), build.cron()));
        return fields;
    }

    private static String firstMismatch(List<Field> fields, Condition paths, List<String> changedFiles) {
        return fields.stream().map(f -> mismatch(f.name(), f.condition(), f.value()))
                .filter(reason -> !reason.isEmpty()).findFirst().orElseGet(() -> pathsMismatch(paths, changedFiles));
    }

    private static String pathsMismatch(Condition paths, List<String> changedFiles) {
        if (paths.matchesChangedFiles(changedFiles)) {
            return "";
        }
        if (changedFiles.isEmpty()) {
            return "paths: no file changed";
        }
        String of = " (of " + changedFiles.size() + ")";
        if (paths.include().isEmpty()) {
            return "paths: every changed file" + of + " is excluded by " + paths.exclude();
        }
        String excluded = paths.exclude().isEmpty() ? "" : " and not excluded by " + paths.exclude();
        return "paths: no changed file" + of + " is included by " + paths.include() + excluded;
    }

    private static String mismatch(String field, Condition condition, String value) {
        if (condition.matches(value)) {
            return "";
        }
        String shown = value.isEmpty() ? "(empty)" : value;
        if (condition.exclude().stream().anyMatch(p -> Glob.match(p, value))) {
            return field + " " + shown + " is excluded";
        }
        return field + " " + shown + " does not match " + condition.include();
    }
}
