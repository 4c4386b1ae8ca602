package io.jenkins.plugins.drone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.spec.Signer;
import java.io.IOException;
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

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void printsTheSignatureDocumentThatVerifies() throws IOException {
        Path file = Files.writeString(dir.resolve(".drone.yml"), FILE);
        Path key = Files.writeString(dir.resolve("key"), KEY + "\n");
        CliRun r = run("sign", file.toString(), "--key-file", key.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("---\nkind: signature\nhmac: " + Signer.sign(FILE, KEY) + "\n\n...\n", r.out());
        assertTrue(Signer.verify(FILE + r.out(), KEY));
    }

    @Test
    void saveWritesTheSignedFile() throws IOException {
        Path file = Files.writeString(dir.resolve(".drone.yml"), FILE);
        CliRun r = run("sign", file.toString(), "--key", KEY, "--save");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Signer.verify(Files.readString(file), KEY));
    }

    @Test
    void aMissingOrShortKeyIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve(".drone.yml"), FILE);
        CliRun none = run("sign", file.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("give the signing key with exactly one of --key-file or --key"), none.err());
        CliRun shortKey = run("sign", file.toString(), "--key", "short");
        assertEquals(2, shortKey.exit());
        assertTrue(shortKey.err().contains("at least 32 bytes"), shortKey.err());
    }
}
