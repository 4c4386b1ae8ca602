package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.command.HealthState;
import com.github.dockerjava.api.command.HealthStateLog;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.HealthCheck;
import io.jenkins.plugins.drone.engine.ContainerEngine.Health;
import io.jenkins.plugins.drone.engine.ContainerEngine.HealthReport;
import io.jenkins.plugins.drone.engine.ContainerSpec;
import java.util.List;
import java.util.Locale;

/** Translates health checks both ways: a spec's check to Docker's, and inspect's health state to a report. */
final class HealthChecks {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final int MAX_PROBE_TEXT = 500;

    private HealthChecks() {}

    /** Docker's check; unset fields (empty test, 0) are left to the image's {@code HEALTHCHECK} or Docker's default. */
    static HealthCheck of(ContainerSpec.Health h) {
        HealthCheck check = new HealthCheck();
        if (!h.test().isEmpty()) {
            check.withTest(h.test());
        }
        if (h.intervalMillis() > 0) {
            check.withInterval(h.intervalMillis() * NANOS_PER_MILLI);
        }
        if (h.timeoutMillis() > 0) {
            check.withTimeout(h.timeoutMillis() * NANOS_PER_MILLI);
        }
        if (h.retries() > 0) {
            check.withRetries(h.retries());
        }
        if (h.startPeriodMillis() > 0) {
            check.withStartPeriod(h.startPeriodMillis() * NANOS_PER_MILLI);
        }
        return check;
    }

    /**
     * The health of an inspected container: no check, exited (only said of a container with a check), or Docker's
     * status with the last probe's output.
     */
    static HealthReport report(InspectContainerResponse inspect) {
        InspectContainerResponse.ContainerState state = inspect.getState();
        if (!hasCheck(inspect)) {
            return HealthReport.NONE;
        }
        if (state == null || !Boolean.TRUE.equals(state.getRunning())) {
            return new HealthReport(Health.EXITED, "", 0);
        }
        HealthState health = state.getHealth();
        if (health == null || health.getStatus() == null) {
            return HealthReport.NONE;
        }
        Health status = switch (health.getStatus().toLowerCase(Locale.ROOT)) {
            case "healthy" -> Health.HEALTHY;
            case "unhealthy" -> Health.UNHEALTHY;
            case "starting" -> Health.STARTING;
            default -> Health.NONE;
        };
        return new HealthReport(status, lastProbe(health.getLog()), interval(inspect));
    }

    private static boolean hasCheck(InspectContainerResponse inspect) {
        HealthCheck check = inspect.getConfig() == null ? null : inspect.getConfig().getHealthcheck();
        List<String> test = check == null ? null : check.getTest();
        return test != null && !test.isEmpty() && !test.get(0).equals("NONE");
    }

    private static String lastProbe(List<HealthStateLog> log) {
        if (log == null || log.isEmpty() || log.get(log.size() - 1).getOutput() == null) {
            return "";
        }
        HealthStateLog last = log.get(log.size() - 1);
        String text = last.getOutput().strip().replaceAll("\\s*\\n\\s*", " / ");
        String cut = text.length() > MAX_PROBE_TEXT ? text.substring(0, MAX_PROBE_TEXT) + "…" : text;
        return cut.isEmpty() ? "exit code " + last.getExitCodeLong() : cut;
    }

    private static long interval(InspectContainerResponse inspect) {
        HealthCheck check = inspect.getConfig() == null ? null : inspect.getConfig().getHealthcheck();
        return check == null || check.getInterval() == null ? 0 : check.getInterval() / NANOS_PER_MILLI;
    }
}
