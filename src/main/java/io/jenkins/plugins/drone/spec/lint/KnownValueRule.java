package io.jenkins.plugins.drone.spec.lint;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.bind.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A warning (not a Drone rule) for a {@code pull} or {@code failure} value Drone does not know: it silently
 * falls back to the default, which is rarely what the author meant.
 */
public final class KnownValueRule implements StepRule {

    private final String key;
    private final Set<String> known;
    private final Function<Step, String> value;

    public KnownValueRule(String key, Set<String> known, Function<Step, String> value) {
        this.key = key;
        this.known = known;
        this.value = value;
    }

    /** {@code pull} (compared case-insensitively, as Drone does) and {@code failure}. */
    public static List<StepRule> all() {
        return List.of(
                new KnownValueRule("pull", Set.of("always", "if-not-exists", "never"), s -> s.pull().toLowerCase(Locale.ROOT)),
                new KnownValueRule("failure", Set.of("ignore", "fast", "fail-fast", "fast-fail", "fail", "always"), Step::failure));
    }

    @Override
    public void check(Step step, Set<String> earlier, LintContext ctx) {
        String v = value.apply(step);
        if (v.isEmpty() || known.contains(v)) {
            return;
        }
        String hint = Suggestions.closest(v, known);
        ctx.report(Diagnostic.warning(step.at(key), "unknown `" + key + "` value `" + v + "`: Drone treats it as the default"
                + (hint == null ? "" : " (did you mean `" + hint + "`?)")));
    }
}
