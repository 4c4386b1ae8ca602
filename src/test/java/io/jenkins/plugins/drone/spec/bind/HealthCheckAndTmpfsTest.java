package io.jenkins.plugins.drone.spec.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.HealthCheck;
import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.Step;
import io.jenkins.plugins.drone.spec.Tmpfs;
import io.jenkins.plugins.drone.spec.print.ManifestPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves how a service's {@code healthcheck} and {@code tmpfs} are read: compose's test forms, Go durations, the
 * positions of bad values and unknown keys, and that the formatter writes back what was read.
 */
class HealthCheckAndTmpfsTest {

    private static ParseResult parse(String service) {
        return ManifestParser.parse(".drone.yml", "kind: pipeline\nservices:\n- name: db\n  image: mysql\n" + service
                + "steps:\n- name: test\n  image: mysql\n  commands: [true]\n");
    }

    private static Step db(ParseResult result) {
        return result.manifest().pipelines().get(0).services().get(0);
    }

    private static List<String> messages(ParseResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsComposeFields() {
        ParseResult result = parse("  healthcheck:\n    test: [CMD, mysqladmin, ping]\n    interval: 1m30s\n"
                + "    timeout: 500ms\n    retries: 5\n    start_period: 2s\n"
                + "  tmpfs:\n  - /var/lib/mysql:256m\n  - /tmp\n");
        assertEquals(List.of(), messages(result));
        HealthCheck h = db(result).healthcheck();
        assertEquals(List.of("CMD", "mysqladmin", "ping"), h.test());
        assertEquals(90_000, h.intervalMillis());
        assertEquals(500, h.timeoutMillis());
        assertEquals(5, h.retries());
        assertEquals(2_000, h.startPeriodMillis());
        assertEquals(List.of(new Tmpfs("/var/lib/mysql", 256L << 20, db(result).tmpfs().get(0).position()),
                new Tmpfs("/tmp", 0, db(result).tmpfs().get(1).position())), db(result).tmpfs());
    }

    @Test
    void aTextTestIsAShellCommandAndNoneDisables() {
        assertEquals(List.of("CMD-SHELL", "mysqladmin ping -h 127.0.0.1"),
                db(parse("  healthcheck:\n    test: mysqladmin ping -h 127.0.0.1\n")).healthcheck().test());
        assertTrue(db(parse("  healthcheck:\n    test: [NONE]\n")).healthcheck().disable());
        assertTrue(db(parse("  healthcheck:\n    disable: true\n")).healthcheck().disable());
        assertNull(db(parse("")).healthcheck());
    }

    @Test
    void badValuesAreErrorsAtTheirPosition() {
        String db = "a service of pipeline `default` `db`";
        assertEquals(List.of(".drone.yml:8:5: warning: unknown key `retry` in `healthcheck` of " + db
                        + ", ignored as Drone does",
                ".drone.yml:7:11: `test` in `healthcheck` of " + db
                        + " must start with CMD, CMD-SHELL or NONE, not `RUN`",
                ".drone.yml:6:15: `interval` in `healthcheck` of " + db + " must be a duration such as `10s`, `1m30s` "
                        + "or `500ms`, not `ten`",
                ".drone.yml:10:5: `tmpfs` of " + db + " needs an absolute container path, not `data`",
                ".drone.yml:11:5: `tmpfs` of " + db + ": `huge` is not a size such as `64m` or `1g`"),
                messages(parse("  healthcheck:\n    interval: ten\n    test: [RUN, x]\n    retry: 3\n"
                        + "  tmpfs:\n  - data\n  - /data:huge\n")));
    }

    @Test
    void theFormatterWritesBackWhatWasRead() {
        String service = "  healthcheck:\n    test: [CMD-SHELL, redis-cli ping]\n    interval: 1m30s\n    retries: 3\n"
                + "  tmpfs:\n  - /data:64MiB\n";
        String printed = ManifestPrinter.print(parse(service).manifest());
        assertEquals(db(parse(service)).healthcheck().test(),
                db(ManifestParser.parse(".drone.yml", printed)).healthcheck().test(), printed);
        assertTrue(printed.contains("interval: 1m30s") && printed.contains("- /data:64MiB"), printed);
    }
}
