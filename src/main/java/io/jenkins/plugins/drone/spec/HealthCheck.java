package io.jenkins.plugins.drone.spec;

import java.util.List;

/**
 * A service's {@code healthcheck:} in docker-compose's shape (docs/drone-semantics.md#service-readiness): the probe
 * as Docker's {@code Test} list ({@code CMD ...}, {@code CMD-SHELL ...}, or empty for the image's own), durations in
 * milliseconds (0 = Docker's default) and retries (0 = Docker's default); {@code disable} turns the image's
 * {@code HEALTHCHECK} off.
 */
public record HealthCheck(List<String> test, long intervalMillis, long timeoutMillis, int retries,
                          long startPeriodMillis, boolean disable, Position position) {

    public HealthCheck {
        test = List.copyOf(test);
    }
}
