package io.jenkins.plugins.drone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves the event-context flags of `plan` (the same code serves `exec`): pull request, source, title, message,
// author and before reach the steps' DRONE_* variables; --changed decides `paths` conditions; without it the
// changed files come from a real git repository (--before..--commit or HEAD, a pull request from its target
// branch's merge base); and without a base or a repository every file counts as changed, with a note on stderr.
class BuildContextFlagsTest {

    private static final String PATHS = """
            kind: pipeline
            name: app
            steps:
            - name: web
              image: alpine
              when:
                paths: [web/**]
            - name: api
              image: alpine
              when:
                paths:
                  include: [api/**]
                  exclude: ["**/*.md"]
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private JsonNode plan(String yaml, String... flags) throws IOException {
        Path file = Files.writeString(dir.resolve("pipeline.yml"), yaml);
        List<String> args = new ArrayList<>(List.of("plan", file.toString()));
        args.addAll(List.of(flags));
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    /** Which steps of pipeline {@code app} run, and each excluded step's reason. */
    private static Map<String, String> verdicts(JsonNode plan) {
        Map<String, String> verdicts = new java.util.LinkedHashMap<>();
        for (JsonNode step : plan.get("pipelines").get(0).get("steps")) {
            verdicts.put(step.get("name").asText(), step.get("run").asBoolean() ? "runs" : step.get("reason").asText());
        }
        return verdicts;
    }

    private String commit(Git git, Map<String, String> files) throws IOException, GitAPIException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
            git.add().addFilepattern(file.getKey()).call();
        }
        return git.commit().setMessage("change").setAuthor("Ada", "ada@example.com")
                .setCommitter("Ada", "ada@example.com").call().name();
    }

    @Test
    void pullRequestFlagsReachTheStepsVariables() throws IOException {
        JsonNode plan = plan("kind: pipeline\nsteps:\n- name: a\n  image: alpine\n", "--branch", "main",
                "--pull-request", "7", "--source", "feature/x", "--title", "Add x", "--fork", "--message", "Adds x",
                "--author", "Ada Lovelace <ada@example.com>", "--before", "1a2b3c", "--commit", "4d5e6f");
        JsonNode env = plan.get("pipelines").get(0).get("steps").get(1).get("environment");
        Map<String, String> expected = Map.of("DRONE_BUILD_EVENT", "pull_request", "DRONE_PULL_REQUEST", "7",
                "DRONE_COMMIT_REF", "refs/pull/7/head", "DRONE_SOURCE_BRANCH", "feature/x",
                "DRONE_TARGET_BRANCH", "main", "DRONE_PULL_REQUEST_TITLE", "Add x", "DRONE_COMMIT_MESSAGE", "Adds x",
                "DRONE_COMMIT_AUTHOR_NAME", "Ada Lovelace", "DRONE_COMMIT_AUTHOR_EMAIL", "ada@example.com",
                "DRONE_COMMIT_BEFORE", "1a2b3c");
        expected.forEach((name, value) -> assertEquals(value, env.path(name).asText(), name));

        JsonNode login = plan("kind: pipeline\nsteps:\n- name: a\n  image: alpine\n", "--author", "ada");
        assertEquals("ada", login.get("pipelines").get(0).get("steps").get(1).get("environment")
                .get("DRONE_COMMIT_AUTHOR").asText());
    }

    @Test
    void changedFlagsDecidePathsConditions() throws IOException {
        assertEquals(Map.of("clone", "runs", "web", "runs",
                        "api", "paths: no changed file (of 2) is included by [api/**] and not excluded by [**/*.md]"),
                verdicts(plan(PATHS, "--changed", "web/index.html", "--changed", "api/README.md")));
    }

    @Test
    void changedFilesComeFromTheLocalRepository() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            String first = commit(git, Map.of("web/index.html", "<p>", "api/Main.go", "package main"));
            String second = commit(git, Map.of("api/Main.go", "package main // changed"));
            commit(git, Map.of("web/index.html", "<p>changed"));
            assertEquals(Map.of("clone", "runs", "web", "paths: no changed file (of 1) is included by [web/**]",
                            "api", "runs"),
                    verdicts(plan(PATHS, "--repo-dir", dir.toString(), "--before", first, "--commit", second)));
            assertEquals(Map.of("clone", "runs", "web", "runs", "api", "runs"),
                    verdicts(plan(PATHS, "--repo-dir", dir.toString(), "--before", first)), "to HEAD");
        }
    }

    @Test
    void aPullRequestIsComparedWithItsTargetBranch() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, Map.of("web/index.html", "<p>", "api/Main.go", "package main"));
            git.checkout().setCreateBranch(true).setName("feature").call();
            commit(git, Map.of("api/Main.go", "package main // feature"));
            git.checkout().setName("main").call();
            commit(git, Map.of("web/index.html", "<p>main moved on"));
            git.checkout().setName("feature").call();
            assertEquals(Map.of("clone", "runs", "web", "paths: no changed file (of 1) is included by [web/**]",
                            "api", "runs"),
                    verdicts(plan(PATHS, "--repo-dir", dir.toString(), "--pull-request", "3", "--branch", "main")));
        }
    }

    @Test
    void withoutABaseOrARepositoryEveryFileCountsAsChanged() throws IOException {
        Path file = Files.writeString(dir.resolve("pipeline.yml"), PATHS);
        CliRun noBase = run("plan", file.toString(), "--branch", "main");
        assertEquals(0, noBase.exit(), noBase.err());
        assertEquals("note: no --changed, --before or pull request target branch: paths conditions see every file"
                + " as changed\n", noBase.err());
        CliRun noRepository = run("plan", file.toString(), "--repo-dir", dir.toString(), "--before", "1a2b3c");
        assertEquals(0, noRepository.exit(), noRepository.err());
        assertEquals("note: " + dir + " is not in a git repository: paths conditions see every file as changed\n",
                noRepository.err());
        assertEquals(Map.of("clone", "runs", "web", "runs", "api", "runs"),
                verdicts(new ObjectMapper().readTree(noRepository.out())));
        CliRun plain = run("plan", Files.writeString(dir.resolve("plain.yml"),
                "kind: pipeline\nsteps:\n- name: a\n  image: alpine\n").toString(), "--branch", "main");
        assertEquals("", plain.err(), "no paths condition: nothing to note");
    }

    @Test
    void aPullRequestNumberMustBeANumber() throws IOException {
        Path file = Files.writeString(dir.resolve("pipeline.yml"), PATHS);
        CliRun r = run("plan", file.toString(), "--pull-request", "seven");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("drone-pipeline plan: --pull-request takes a whole number, not 'seven'\n"),
                r.err());
        CliRun negative = run("plan", file.toString(), "--pull-request", "-3");
        assertEquals(2, negative.exit());
        assertTrue(negative.err().startsWith("drone-pipeline plan: --pull-request takes a number from 0 to 2147483647,"
                + " not -3\n"), negative.err());
    }
}
