package io.jenkins.plugins.drone.engine;

import java.io.Closeable;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * One use of a repository's {@link GitAuth} by JGit: HTTP(S) credentials as a credentials provider, and for
 * {@code ssh://} a private directory holding the key, the {@code known_hosts} lines and an ssh {@code config} with
 * the options {@code GIT_SSH_COMMAND} would carry (that key only, strict host key checking or accept-new), read
 * by JGit's Apache MINA transport. Nothing of the user's {@code ~/.ssh} is used; {@link #close()} deletes the
 * directory.
 */
public final class GitConnection implements Closeable {

    private static final int TIMEOUT_SECONDS = 60;

    private final GitAuth auth;
    private final Path dir;
    private final SshdSessionFactory ssh;

    private GitConnection(GitAuth auth, Path dir, SshdSessionFactory ssh) {
        this.auth = auth;
        this.dir = dir;
        this.ssh = ssh;
    }

    /**
     * Prepares {@code auth} for use.
     *
     * @param learnedHosts where host keys accepted on first use are remembered (and trusted next time), or null
     *                     to remember them only for this connection
     */
    public static GitConnection open(GitAuth auth, Path learnedHosts) throws IOException {
        Path dir = Files.createTempDirectory("drone-git", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        try {
            if (learnedHosts != null && !Files.exists(learnedHosts)) {
                Files.createFile(learnedHosts); // JGit adds accepted keys only to a file that exists
            }
            Path knownHosts = dir.resolve("known_hosts");
            Files.writeString(knownHosts, auth.knownHosts().strip() + "\n", StandardCharsets.UTF_8);
            List<String> config = new ArrayList<>(List.of("Host *",
                    "  StrictHostKeyChecking " + (auth.acceptNewHostKeys() ? "accept-new" : "yes"),
                    "  UserKnownHostsFile " + quoted(learnedHosts) + " " + quoted(knownHosts),
                    "  GlobalKnownHostsFile " + quoted(dir.resolve("no_global_known_hosts")),
                    "  BatchMode yes"));
            if (auth.hasKey()) {
                Path key = dir.resolve("identity");
                Files.writeString(key, auth.privateKey().strip() + "\n", StandardCharsets.UTF_8);
                config.addAll(List.of("  IdentityFile " + quoted(key), "  IdentitiesOnly yes",
                        "  PreferredAuthentications publickey"));
            }
            Files.write(dir.resolve("config"), config, StandardCharsets.UTF_8);
            SshdSessionFactory ssh = new SshdSessionFactoryBuilder()
                    .setHomeDirectory(dir.toFile()).setSshDirectory(dir.toFile())
                    .setDefaultIdentities(ignored -> List.of())
                    .setKeyPasswordProvider(ignored -> new Passphrase(auth.passphrase()))
                    .build(new JGitKeyCache());
            return new GitConnection(auth, dir, ssh);
        } catch (IOException | RuntimeException e) {
            Directories.deleteTree(dir);
            throw e;
        }
    }

    private static String quoted(Path file) {
        return file == null ? "" : "\"" + file.toAbsolutePath() + "\"";
    }

    /** Makes {@code command} (fetch, ls-remote) log in with these credentials. */
    public <C extends TransportCommand<C, ?>> C apply(C command) {
        if (auth.hasPassword()) {
            command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(auth.username(), auth.password()));
        }
        return command.setTimeout(TIMEOUT_SECONDS).setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport sshTransport) {
                sshTransport.setSshSessionFactory(ssh);
            }
        });
    }

    /**
     * A message for a failed access: which repository, which credential, and what the server or transport said
     * (JGit's message, which names the URL but never a secret).
     */
    public String failure(String action, String url, Exception e) {
        String credential = auth.id().isEmpty() ? "without credentials" : "with credential " + auth.id();
        String cause = e.getCause() != null && e.getCause().getMessage() != null
                && !e.getMessage().contains(e.getCause().getMessage())
                ? e.getMessage() + ": " + e.getCause().getMessage() : e.getMessage();
        return "cannot " + action + " " + url + " " + credential + ": " + cause + hint(String.valueOf(cause));
    }

    /** What JGit's words mean for the person who configures the job. */
    private String hint(String cause) {
        if (cause.contains("Server key did not validate")) {
            return " (the server's host key matches no known_hosts line of the credential)";
        }
        if (cause.contains("no keys to try") && !auth.hasKey()) {
            return " (the server wants a key: choose a git credential with an SSH key for the job)";
        }
        if (cause.contains("no keys to try")) {
            return " (the private key cannot be used: it is unreadable or its passphrase is wrong)";
        }
        if (cause.contains("no CredentialsProvider has been registered")) {
            return " (the repository asks for a login: choose a git credential for the job)";
        }
        return "";
    }

    /** The host part of {@code url} for netrc ({@code machine}), or empty when it has none. */
    public static String hostOf(String url) {
        try {
            String host = new URIish(url).getHost();
            return host == null ? "" : host;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    @Override
    public void close() {
        ssh.close();
        Directories.deleteTree(dir);
    }


    /** Gives the configured passphrase once; a wrong one fails instead of being asked for again. */
    private static final class Passphrase implements KeyPasswordProvider {
        private final String value;

        Passphrase(String value) {
            this.value = value;
        }

        @Override
        public char[] getPassphrase(URIish uri, int attempt) {
            return attempt == 0 && !value.isEmpty() ? value.toCharArray() : null;
        }

        @Override
        public void setAttempts(int attempts) {
            // one attempt only: there is no one to ask
        }

        @Override
        public boolean keyLoaded(URIish uri, int attempt, Exception error) {
            return false;
        }
    }
}
