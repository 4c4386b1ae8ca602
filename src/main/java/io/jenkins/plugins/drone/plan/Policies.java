package io.jenkins.plugins.drone.plan;

import io.jenkins.plugins.drone.spec.Condition;
import java.util.Locale;

/**
 * Maps the YAML words for {@code when.status}, {@code failure:} and {@code pull:} to policies
 * (docs/drone-semantics.md#steps-and-services, docs/drone-semantics.md#status-conditions).
 */
final class Policies {

    private Policies() {
    }

    /** The docker runner's rule: no status → on-success; matches both → always; matches failure → on-failure. */
    static RunPolicy runPolicy(Condition status) {
        if (!status.isPresent()) {
            return RunPolicy.ON_SUCCESS;
        }
        boolean onFailure = status.matches("failure");
        if (onFailure && status.matches("success")) {
            return RunPolicy.ALWAYS;
        }
        return onFailure ? RunPolicy.ON_FAILURE : RunPolicy.ON_SUCCESS;
    }

    /** {@code trigger.status} matches success (the default when absent). */
    static boolean pipelineOnSuccess(Condition status) {
        return status.matches("success");
    }

    /** {@code trigger.status} is present and matches failure. */
    static boolean pipelineOnFailure(Condition status) {
        return status.isPresent() && status.matches("failure");
    }

    /** {@code ignore} (exactly, as the docker runner compares), the three fast spellings, else fail. */
    static ErrorPolicy errorPolicy(String failure) {
        return switch (failure) {
            case "ignore" -> ErrorPolicy.IGNORE;
            case "fast", "fail-fast", "fast-fail" -> ErrorPolicy.FAIL_FAST;
            default -> ErrorPolicy.FAIL;
        };
    }

    /** {@code always}, {@code if-not-exists}, {@code never} compared case-insensitively; else the default. */
    static PullPolicy pullPolicy(String pull) {
        return switch (pull.toLowerCase(Locale.ROOT)) {
            case "always" -> PullPolicy.ALWAYS;
            case "if-not-exists" -> PullPolicy.IF_NOT_EXISTS;
            case "never" -> PullPolicy.NEVER;
            default -> PullPolicy.DEFAULT;
        };
    }
}
