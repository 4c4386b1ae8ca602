package io.jenkins.plugins.drone.freestyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves the convert-job command line (it lives in cli, and is tested here next to what it wraps): YAML on
// stdout, warnings on stderr, exit 0; unreadable or invalid input gives one FILE[:LINE:COL]: message line, exit 1.
class ConvertJobCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    @Test
    void printsTheGoldenYamlAndWarnings() throws Exception {
        Path config = Path.of("src/test/resources/freestyle/java-maven.xml");
        int exit = Main.run("convert-job", config.toString(), "--image", "maven:3-eclipse-temurin-17", "--name", "build");
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals(Files.readString(Path.of("src/test/resources/freestyle/java-maven.yml")), out.toString(StandardCharsets.UTF_8));
        String warnings = err.toString(StandardCharsets.UTF_8);
        assertTrue(warnings.startsWith(config + ": warning: not converted: jdk 'temurin-17'"), warnings);
        assertEquals(6, warnings.lines().count(), warnings);
    }

    @Test
    void invalidXmlGivesItsPositionAndExitOne() throws Exception {
        Path config = Files.writeString(dir.resolve("config.xml"), "<project>\n<builders>\n</project>\n");
        assertEquals(1, Main.run("convert-job", config.toString()));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith(config + ":3:"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aMissingFileExitsOne() {
        assertEquals(1, Main.run("convert-job", dir.resolve("nope.xml").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(dir.resolve("nope.xml") + ": cannot read: "));
    }
}
