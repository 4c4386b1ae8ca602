package io.jenkins.plugins.drone.gitservers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * OpenSSH's {@code sshd} (Debian {@code openssh-server}) serving bare repositories over {@code ssh://} on loopback:
 * its own configuration and host key in a temp directory, public key authentication only, for the current user.
 */
public final class SshGitServer extends ServerProcess {

    private final String user = System.getProperty("user.name");

    private SshGitServer() {
        super("sshd");
    }

    /** A running server that lets in whoever holds the private half of one of {@code authorizedKeys}. */
    public static SshGitServer start(List<TestKey> authorizedKeys) throws IOException, InterruptedException {
        SshGitServer server = new SshGitServer();
        try {
            server.configure(authorizedKeys);
            Files.createDirectories(Path.of("/run/sshd"));
            server.start(List.of("/usr/sbin/sshd", "-D", "-e", "-f", server.dir.resolve("sshd_config").toString()),
                    "sshd.log");
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void configure(List<TestKey> authorizedKeys) throws IOException, InterruptedException {
        run(dir.toFile(), "ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", "host_key");
        StringBuilder keys = new StringBuilder();
        authorizedKeys.forEach(k -> keys.append(k.publicKey()).append('\n'));
        Files.writeString(dir.resolve("authorized_keys"), keys, StandardCharsets.UTF_8);
        Files.write(dir.resolve("sshd_config"), List.of(
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "AllowUsers " + user,
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "StrictModes no",
                "UsePAM no"), StandardCharsets.UTF_8);
    }

    /** A new empty bare repository and its {@code ssh://} URL. */
    public String repository(String name) throws IOException, InterruptedException {
        Path repo = bareRepository(name);
        return "ssh://" + user + "@127.0.0.1:" + port + repo;
    }

    /** The {@code known_hosts} line that names this server's host key. */
    public String knownHostsLine() throws IOException {
        String[] key = Files.readString(dir.resolve("host_key.pub"), StandardCharsets.UTF_8).trim().split(" ");
        return "[127.0.0.1]:" + port + " " + key[0] + " " + key[1];
    }

    /** What the server logged (for failure messages). */
    public String log() throws IOException {
        return read("sshd.log");
    }
}
