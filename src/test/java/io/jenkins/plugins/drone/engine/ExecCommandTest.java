package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.cli.Main;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves {@code drone-pipeline exec} runs a real .drone.yml through parser, planner and engine on real Docker:
 * the directory is the workspace, logs are prefixed {@code [step:n]} with n counting across steps, secrets
 * given with --secret are masked, a failure gives exit 1, a later pipeline triggered by failure runs and sees
 * the failed stage, the Drone 0.8 example of docs/drone-semantics.md#legacy-example runs with its service and
 * failure notification; the event-context flags reach the steps and {@code --changed} decides {@code paths}
 * conditions; and that SIGINT (Ctrl-C) in the middle of a step leaves nothing of the run behind.
 */
class ExecCommandTest {

    private static final String FILE = """
            kind: pipeline
            type: docker
            name: default
            steps:
            - name: a
              image: drone-pipeline/busybox:test
              environment:
                TOKEN:
                  from_secret: token
              commands:
              - echo token=$TOKEN > out.txt
              - cat out.txt
            - name: b
              image: drone-pipeline/busybox:test
              commands:
              - %s
            """;

    @TempDir
    Path dir;

    private int exec(String lastCommand, StringBuilder output) throws Exception {
        Files.writeString(dir.resolve(".drone.yml"), FILE.formatted(lastCommand));
        return exec(output, "--secret", "token=abc-secret-123");
    }

    /** Runs {@code exec} on the directory's .drone.yml in this JVM, capturing stdout; checks nothing is left. */
    private int exec(StringBuilder output, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("exec", dir.resolve(".drone.yml").toString(),
                "--workspace", dir.toString(), "--branch", "main"));
        args.addAll(List.of(extra));
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args.toArray(String[]::new));
        } finally {
            System.setOut(original);
            output.append(captured.toString(StandardCharsets.UTF_8));
            assertNothingLeftBy(ProcessHandle.current().pid());
        }
    }

    private static void assertNothingLeftBy(long pid) {
        List<String> filter = List.of("io.jenkins.drone.cli.pid=" + pid);
        assertEquals(0, DockerSupport.DOCKER.listContainersCmd().withShowAll(true).withLabelFilter(filter).exec().size());
        var volumes = DockerSupport.DOCKER.listVolumesCmd().withFilter("label", filter).exec().getVolumes();
        assertEquals(0, volumes == null ? 0 : volumes.size());
        assertEquals(0, DockerSupport.DOCKER.listNetworksCmd().withFilter("label", filter).exec().size());
    }

    @Test
    void runsTheFileInTheDirectory() throws Exception {
        StringBuilder out = new StringBuilder();
        int code = exec("echo done", out);

        assertEquals(0, code, out.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.containsAll(List.of("[a:1] + echo token=$TOKEN > out.txt", "[a:2] + cat out.txt",
                "[a:3] token=******", "[b:4] + echo done", "[b:5] done")), out.toString());
        assertEquals("token=abc-secret-123\n", Files.readString(dir.resolve("out.txt")));
        assertTrue(out.toString().contains("pipeline default: success"));
    }

    @Test
    void failureExitsWithOne() throws Exception {
        StringBuilder out = new StringBuilder();
        assertEquals(1, exec("exit 4", out));
        assertTrue(out.toString().contains("pipeline default: failure"), out.toString());
    }

    @Test
    void laterPipelineOnFailureSeesTheFailedStage() throws Exception {
        Files.writeString(dir.resolve(".drone.yml"), """
                kind: pipeline
                type: docker
                name: first
                steps:
                - name: breaks
                  image: drone-pipeline/busybox:test
                  commands: [exit 1]
                ---
                kind: pipeline
                type: docker
                name: report
                depends_on: [first]
                trigger:
                  status: [failure]
                steps:
                - name: tell
                  image: drone-pipeline/busybox:test
                  commands: [echo build=$DRONE_BUILD_STATUS stages=$DRONE_FAILED_STAGES]
                """);
        StringBuilder output = new StringBuilder();
        int code = exec(output);
        String out = output.toString();
        assertEquals(1, code, out);
        assertTrue(out.contains("] build=failure stages=first"), out);
        assertTrue(out.contains("pipeline report: success"), out);
    }

    @Test
    void theEventContextFlagsReachTheStepsAndChangedFilesDecidePaths() throws Exception {
        Files.writeString(dir.resolve(".drone.yml"), """
                kind: pipeline
                type: docker
                name: default
                steps:
                - name: docs
                  image: drone-pipeline/busybox:test
                  commands: [echo docs built]
                  when:
                    paths: [docs/**]
                - name: web
                  image: drone-pipeline/busybox:test
                  commands: [echo pr=$DRONE_PULL_REQUEST from=$DRONE_SOURCE_BRANCH before=$DRONE_COMMIT_BEFORE]
                  when:
                    paths: [web/**]
                """);
        StringBuilder output = new StringBuilder();
        int code = exec(output, "--pull-request", "12", "--source", "feature", "--before", "1a2b3c",
                "--changed", "web/index.html");
        String out = output.toString();
        assertEquals(0, code, out);
        assertTrue(out.contains("] pr=12 from=feature before=1a2b3c"), out);
        assertFalse(out.contains("docs built"), out);
    }

    @Test
    void runsOriginMdFileInTheDrone08Format() throws Exception {
        Files.writeString(dir.resolve(".drone.yml"), """
                pipeline:
                  install-deps:
                    image: drone-pipeline/busybox:test
                    commands: [echo deps > deps.txt]
                  redis:
                    image: drone-pipeline/redis:test
                    detach: true
                  wait-redis:
                    image: drone-pipeline/redis:test
                    commands: ["until redis-cli -h redis ping; do sleep 0.2; done"]
                  run-tests:
                    image: drone-pipeline/redis:test
                    commands: [redis-cli -h redis set answer 42, cat deps.txt, exit 1]
                  slack:
                    image: drone-pipeline/busybox:test
                    commands: [echo notify $DRONE_FAILED_STEPS]
                    when:
                      status: [failure]
                """);
        StringBuilder output = new StringBuilder();
        int code = exec(output);

        String out = output.toString();
        assertEquals(1, code, out);
        assertTrue(out.contains("] PONG"), out);
        assertTrue(out.contains("] deps"), out);
        assertTrue(out.contains("] notify run-tests"), out);
    }

    @Test
    void interruptCleansUp() throws Exception {
        Path file = dir.resolve(".drone.yml");
        Files.writeString(file, FILE.formatted("echo started; sleep 60"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "exec", file.toString(), "--workspace", dir.toString(), "--branch", "main")
                .redirectErrorStream(true).start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && !line.endsWith("] started")) {
                // wait until the step runs
            }
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            while (reader.readLine() != null) {
                // drain until the process ends
            }
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue());
        assertNothingLeftBy(process.pid());
    }
}
