package io.jenkins.plugins.drone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves the start-up promise of bench/cli-startup.sh: `lint` and `plan` load no class of docker-java, Jackson, JGit
// or Apache MINA SSHD in a fresh JVM (-Xlog:class+load), neither for a plain file nor for one with paths conditions
// but no base to compare; `plan` of a file whose paths conditions need the local repository does load JGit, which
// shows the check sees a library being loaded.
class LibraryLoadingTest {

    /** Package prefixes of the libraries only `exec` (Docker) and changed-files lookups (git) need. */
    private static final List<String> HEAVY = List.of(
            " com.github.dockerjava.", " com.fasterxml.jackson.", " org.eclipse.jgit.", " org.apache.sshd.");

    @TempDir
    Path dir;

    /** Runs the command line in a new JVM and returns the classes of those libraries it loaded. */
    private List<String> heavyClassesLoadedBy(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output.lines().filter(line -> HEAVY.stream().anyMatch(line::contains)).toList();
    }

    @Test
    void lintAndPlanLoadNoHeavyLibraryUnlessPathsNeedTheRepository() throws Exception {
        String plain = Files.writeString(dir.resolve("plain.yml"),
                "kind: pipeline\nsteps:\n- name: a\n  image: alpine\n").toString();
        String paths = Files.writeString(dir.resolve("paths.yml"),
                "kind: pipeline\nsteps:\n- name: a\n  image: alpine\n  when: {paths: [src/**]}\n").toString();
        String before;
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("plain.yml").call();
            before = git.commit().setMessage("first").setAuthor("Ada", "ada@example.com")
                    .setCommitter("Ada", "ada@example.com").call().name();
        }
        String sample = Path.of("docs/examples/sample-app/.drone.yml").toString();
        assertEquals(List.of(), heavyClassesLoadedBy("lint", sample));
        assertEquals(List.of(), heavyClassesLoadedBy("plan", sample, "--branch", "main"));
        assertEquals(List.of(), heavyClassesLoadedBy("lint", paths));
        assertEquals(List.of(), heavyClassesLoadedBy("plan", plain, "--repo-dir", dir.toString(), "--before", before));
        assertEquals(List.of(), heavyClassesLoadedBy("plan", paths, "--branch", "main"));
        List<String> git = heavyClassesLoadedBy("plan", paths, "--repo-dir", dir.toString(), "--before", before);
        assertTrue(git.stream().filter(line -> line.contains(" org.eclipse.jgit.")).count() > 10, git.toString());
    }
}
