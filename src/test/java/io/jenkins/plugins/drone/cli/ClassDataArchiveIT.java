package io.jenkins.plugins.drone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves bin/drone-pipeline's class-data archive falls back cleanly: in a copy of the launcher and the packaged jar,
// the first run makes the archive, and a damaged archive (garbage, or bytes flipped in the middle), one left by an
// older jar, or no writable place for one at all still give the same output and exit code with nothing on stderr.
// Runs after packaging (an IT) because it needs target/drone-pipeline.jar.
class ClassDataArchiveIT {

    private static final String FILE = "kind: pipeline\nsteps:\n- name: build\n  image: golang\n  privileged: true\n";
    private static final String EXPECTED = "FILE:5:3: linter: untrusted repositories cannot enable privileged mode"
            + " (mark the job trusted to allow it)\n";

    @TempDir
    Path home;

    private Path checkout;
    private Path file;

    @BeforeEach
    void copyTheLauncherAndTheJar() throws IOException {
        checkout = home.resolve("checkout");
        Files.createDirectories(checkout.resolve("bin"));
        Files.createDirectories(checkout.resolve("target"));
        Files.createDirectories(checkout.resolve("docs/examples/sample-app"));
        Files.copy(Path.of("bin/drone-pipeline"), checkout.resolve("bin/drone-pipeline"));
        Files.copy(Path.of("target/drone-pipeline.jar"), checkout.resolve("target/drone-pipeline.jar"));
        Files.copy(Path.of("docs/examples/sample-app/.drone.yml"), checkout.resolve("docs/examples/sample-app/.drone.yml"));
        file = Files.writeString(home.resolve("privileged.yml"), FILE);
    }

    /** Lints the file with the copied launcher and checks what a user sees: stdout, exit code, silence on stderr. */
    private void lintGivesTheSameAnswer() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve("bin/drone-pipeline").toString(), "lint",
                file.toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.redirectError(home.resolve("stderr").toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(EXPECTED.replace("FILE", file.toString()), out);
        assertEquals(1, process.exitValue());
        assertEquals("", Files.readString(home.resolve("stderr")));
    }

    private List<Path> archives(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private Path theArchive() throws IOException {
        List<Path> made = archives(checkout.resolve("target/cds"));
        assertEquals(1, made.size(), made.toString());
        return made.get(0);
    }

    @Test
    void aGarbageArchiveIsIgnored() throws Exception {
        lintGivesTheSameAnswer();
        Path archive = theArchive();
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        lintGivesTheSameAnswer();
    }

    @Test
    void anArchiveDamagedInTheMiddleIsIgnored() throws Exception {
        lintGivesTheSameAnswer();
        Path archive = theArchive();
        archive.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4096; i++) {
            bytes[i] ^= (byte) 0x5a;
        }
        Files.write(archive, bytes);
        lintGivesTheSameAnswer();
    }

    @Test
    void aRebuiltJarGetsAFreshArchiveInsteadOfTheStaleOne() throws Exception {
        lintGivesTheSameAnswer();
        Path stale = theArchive();
        Path jar = checkout.resolve("target/drone-pipeline.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        lintGivesTheSameAnswer();
        assertNotEquals(stale, theArchive());
    }

    @Test
    void withNoWritablePlaceForAnArchiveTheCommandStillRuns() throws Exception {
        Files.writeString(checkout.resolve("target/cds"), "a file where the archive directory would go");
        Files.writeString(home.resolve("cache"), "and one where the cache directory would go");
        lintGivesTheSameAnswer();
        lintGivesTheSameAnswer();
    }

    @Test
    void aReadOnlyCheckoutKeepsItsArchiveInTheUserCache() throws Exception {
        Files.writeString(checkout.resolve("target/cds"), "a file where the archive directory would go");
        lintGivesTheSameAnswer();
        assertEquals(1, archives(home.resolve("cache/drone-pipeline")).size());
    }
}
