package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Condition;
import io.jenkins.plugins.drone.spec.Conditions;
import io.jenkins.plugins.drone.spec.Glob;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates {@code trigger} and {@code when} against a build (docs/drone-semantics.md#condition-matching) and says in
 * words why they do not match, checking fields in Drone's order: branch, event, action, ref, repo, (instance),
 * target, cron.
 */
final class ConditionReasons {

    private ConditionReasons() {
    }

    /** Why a pipeline's {@code trigger} excludes this build, or "" when it matches; instance is not evaluated. */
    static String trigger(Conditions trigger, BuildContext build) {
        return firstMismatch(fields(trigger, build, false));
    }

    /** Why a step's {@code when} (all fields but status) excludes it, or "" when it matches. */
    static String when(Conditions when, BuildContext build) {
        return firstMismatch(fields(when, build, true));
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

    private static String firstMismatch(List<Field> fields) {
        return fields.stream().map(f -> mismatch(f.name(), f.condition(), f.value()))
                .filter(reason -> !reason.isEmpty()).findFirst().orElse("");
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
