package io.jenkins.plugins.drone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.Signer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves {@code sign} prints the signature document a protected job verifies (as {@code drone sign} does), that
 * {@code --save} writes a file that verifies, and that a missing or short key is a usage error, not a stack trace.
 */
class SignCommandTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String FILE = "kind: pipeline\nname: default\nsteps:\n- name: a\n  image: alpine\n";

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new String[] {String.valueOf(exit), captured.toString(StandardCharsets.UTF_8),
                    errors.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void printsTheSignatureDocumentThatVerifies() throws IOException {
        Path file = Files.writeString(dir.resolve(".drone.yml"), FILE);
        Path key = Files.writeString(dir.resolve("key"), KEY + "\n");
        String[] r = run("sign", file.toString(), "--key-file", key.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals("---\nkind: signature\nhmac: " + Signer.sign(FILE, KEY) + "\n\n...\n", r[1]);
        assertTrue(Signer.verify(FILE + r[1], KEY));
    }

    @Test
    void saveWritesTheSignedFile() throws IOException {
        Path file = Files.writeString(dir.resolve(".drone.yml"), FILE);
        String[] r = run("sign", file.toString(), "--key", KEY, "--save");
        assertEquals("0", r[0], r[2]);
        assertTrue(Signer.verify(Files.readString(file), KEY));
    }

    @Test
    void aMissingOrShortKeyIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve(".drone.yml"), FILE);
        String[] none = run("sign", file.toString());
        assertEquals("2", none[0]);
        assertTrue(none[2].contains("give the signing key with exactly one of --key-file or --key"), none[2]);
        String[] shortKey = run("sign", file.toString(), "--key", "short");
        assertEquals("2", shortKey[0]);
        assertTrue(shortKey[2].contains("at least 32 bytes"), shortKey[2]);
    }
}
