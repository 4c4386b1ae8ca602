package io.jenkins.plugins.drone.spec.bind;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.HealthCheck;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.List;
import java.util.Set;

/** Binds docker-compose's {@code healthcheck:} of a step or service (docs/drone-semantics.md#service-readiness). */
final class HealthCheckBinder {

    static final Set<String> KEYS = Set.of("test", "interval", "timeout", "retries", "start_period", "disable");
    private static final Set<String> TEST_KINDS = Set.of("CMD", "CMD-SHELL", "NONE");

    private HealthCheckBinder() {}

    /** The {@code healthcheck} of {@code f}, or null when absent. */
    static HealthCheck healthCheck(Fields f, String where) {
        YamlValue v = f.value("healthcheck");
        if (v == null) {
            return null;
        }
        Fields h = Fields.of(v, "`healthcheck` of " + where, KEYS, f.problems());
        int retries = h.integer("retries");
        if (retries < 0) {
            f.problems().add(Diagnostic.error(h.at("retries"), "`retries` in `healthcheck` of " + where
                    + " must not be negative"));
        }
        List<String> test = test(h, where);
        boolean disable = h.bool("disable") || test.equals(List.of("NONE"));
        return new HealthCheck(disable ? List.of() : test, h.duration("interval"), h.duration("timeout"),
                Math.max(0, retries), h.duration("start_period"), disable, h.position());
    }

    /** A text is a shell command ({@code CMD-SHELL}); a list starts with CMD, CMD-SHELL or NONE. */
    private static List<String> test(Fields h, String where) {
        YamlValue v = h.value("test");
        if (v instanceof YamlValue.Scalar s) {
            return s.text().isBlank() ? List.of() : List.of("CMD-SHELL", s.text());
        }
        List<String> test = h.strings("test");
        if (!test.isEmpty() && !TEST_KINDS.contains(test.get(0))) {
            h.problems().add(Diagnostic.error(h.at("test"), "`test` in `healthcheck` of " + where
                    + " must start with CMD, CMD-SHELL or NONE, not `" + test.get(0) + "`"));
            return List.of();
        }
        return test;
    }
}
