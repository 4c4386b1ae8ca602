package io.jenkins.plugins.drone.jenkins.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Proves that a serialized console note in printed text loses its escape character, whether it comes in one
 * write or byte by byte, and that other escape codes (colours) pass unchanged.
 */
class PlainConsoleTest {

    private static final String NOTE = "\u001B[8mha:rO0ABXNyAB5odWRzb24uY29uc29sZS5IeXBlcmxpbmtOb3Rl\u001B[0m";

    @Test
    void aConsoleNoteBecomesPlainText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream console = PlainConsole.of(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        console.println("[p:s] before " + NOTE + "click\u001B[31m red\u001B[0m \u001B[8mh");
        for (byte b : NOTE.getBytes(StandardCharsets.UTF_8)) {
            console.write(b);
        }
        console.println();

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\u001B[8mha:"), text);
        assertEquals("[p:s] before " + NOTE.substring(1) + "click\u001B[31m red\u001B[0m \u001B[8mh\n"
                + NOTE.substring(1) + "\n", text);
    }
}
