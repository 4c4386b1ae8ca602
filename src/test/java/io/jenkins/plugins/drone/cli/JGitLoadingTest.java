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

// Proves the start-up promise of bench/cli-startup.sh for changed files: `lint`, and `plan` of a file without paths
// conditions (or with them but without a base to compare), load no JGit class in a fresh JVM; `plan` of a file
// whose paths conditions need the local repository does — which shows the check can see JGit being loaded.
class JGitLoadingTest {

    @TempDir
    Path dir;

    /** Runs the command line in a new JVM and returns the JGit classes it loaded. */
    private List<String> jgitClassesLoadedBy(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output.lines().filter(line -> line.contains(" org.eclipse.jgit.")).toList();
    }

    @Test
    void onlyAPlanWhosePathsNeedTheRepositoryLoadsJGit() throws Exception {
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
        assertEquals(List.of(), jgitClassesLoadedBy("lint", paths));
        assertEquals(List.of(), jgitClassesLoadedBy("plan", plain, "--repo-dir", dir.toString(), "--before", before));
        assertEquals(List.of(), jgitClassesLoadedBy("plan", paths, "--branch", "main"));
        assertTrue(jgitClassesLoadedBy("plan", paths, "--repo-dir", dir.toString(), "--before", before).size() > 10);
    }
}
