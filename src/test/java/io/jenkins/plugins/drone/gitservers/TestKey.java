package io.jenkins.plugins.drone.gitservers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An SSH key pair made by {@code ssh-keygen} for a test, in the format a user would paste.
 *
 * @param privateKey the private key text
 * @param publicKey  the {@code authorized_keys} line
 * @param passphrase what the private key is encrypted with, empty for none
 */
public record TestKey(String privateKey, String publicKey, String passphrase) {

    /** The formats {@code ssh-keygen} writes. */
    public enum Format { OPENSSH, PEM }

    /** A new RSA key pair in {@code format}, encrypted with {@code passphrase} unless it is empty. */
    public static TestKey generate(Format format, String passphrase) throws IOException, InterruptedException {
        return generate("rsa", format, passphrase);
    }

    /** A new key pair of {@code type} ({@code rsa}, {@code ecdsa}, {@code ed25519}...) in {@code format}. */
    public static TestKey generate(String type, Format format, String passphrase)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("key");
        try {
            List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type,
                    "-N", passphrase, "-C", "drone-test", "-f", "key"));
            if (format == Format.PEM) {
                command.addAll(List.of("-m", "PEM"));
            }
            ServerProcess.run(dir.toFile(), command.toArray(String[]::new));
            return new TestKey(Files.readString(dir.resolve("key"), StandardCharsets.UTF_8),
                    Files.readString(dir.resolve("key.pub"), StandardCharsets.UTF_8).trim(), passphrase);
        } finally {
            Files.deleteIfExists(dir.resolve("key"));
            Files.deleteIfExists(dir.resolve("key.pub"));
            Files.deleteIfExists(dir);
        }
    }
}
