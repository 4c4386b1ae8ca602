package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.gitservers.HttpGitServer;
import io.jenkins.plugins.drone.gitservers.SshGitServer;
import io.jenkins.plugins.drone.gitservers.TestKey;
import io.jenkins.plugins.drone.plan.BuildContext;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the clone logs in to private repositories on real servers started on loopback — OpenSSH's sshd with a
 * key in OpenSSH or PEM format (with and without passphrase; RSA, ECDSA or Ed25519) and a strict known_hosts line,
 * Apache's
 * git-http-backend with basic auth — and that wrong keys, wrong tokens and unknown host keys fail with a message
 * naming the URL, the credential and what the server said, without the secret; the key directory is gone after.
 */
class GitCredentialsTest {

    private static final String TOKEN = "tok-3f9a7c1e55d2";
    private static final List<AutoCloseable> SERVERS = new ArrayList<>();
    private static TestKey opensshKey;
    private static TestKey pemKey;
    private static TestKey strangerKey;
    private static TestKey ecdsaKey;
    private static TestKey ed25519Key;
    private static SshGitServer ssh;
    private static HttpGitServer http;
    private static String sshUrl;
    private static String httpUrl;

    @TempDir
    Path workspace;

    @BeforeAll
    static void startServers() throws Exception {
        opensshKey = TestKey.generate(TestKey.Format.OPENSSH, "correct horse");
        pemKey = TestKey.generate(TestKey.Format.PEM, "");
        strangerKey = TestKey.generate(TestKey.Format.OPENSSH, "");
        ecdsaKey = TestKey.generate("ecdsa", TestKey.Format.OPENSSH, "");
        ed25519Key = TestKey.generate("ed25519", TestKey.Format.OPENSSH, "");
        ssh = SshGitServer.start(List.of(opensshKey, pemKey, ecdsaKey, ed25519Key));
        SERVERS.add(ssh);
        sshUrl = ssh.repository("app.git");
        ssh.commit("app.git", Map.of("README", "over ssh\n"));
        http = HttpGitServer.start("ci", TOKEN);
        SERVERS.add(http);
        httpUrl = http.repository("app.git");
        http.commit("app.git", Map.of("README", "over http\n"));
    }

    @AfterAll
    static void stopServers() throws Exception {
        for (AutoCloseable server : SERVERS) {
            server.close();
        }
    }

    private static GitAuth key(TestKey key, String knownHosts) {
        return new GitAuth("deploy-key", "", "", key.privateKey(), key.passphrase(), knownHosts, false, false);
    }

    private String cloneReadme(String url, GitAuth auth) throws Exception {
        BuildContext build = BuildContext.builder().remoteUrl(url).branch("main").event("push").build();
        List<String> log = new ArrayList<>();
        new GitCloner(build, null, auth, log::add).cloneInto(workspace);
        assertFalse(String.join("\n", log).contains(TOKEN), "the clone log shows the token");
        return Files.readString(workspace.resolve("README"), StandardCharsets.UTF_8);
    }

    private static long keyDirectories() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("drone-git")).count();
        }
    }

    @Test
    void opensshKeyWithPassphraseClonesOverSsh() throws Exception {
        long before = keyDirectories();
        assertEquals("over ssh\n", cloneReadme(sshUrl, key(opensshKey, ssh.knownHostsLine())), ssh.log());
        assertEquals(before, keyDirectories(), "the key directory is deleted after the clone");
    }

    @Test
    void pemKeyClonesOverSsh() throws Exception {
        assertEquals("over ssh\n", cloneReadme(sshUrl, key(pemKey, ssh.knownHostsLine())), ssh.log());
    }

    @Test
    void ecdsaKeyClonesOverSsh() throws Exception {
        assertEquals("over ssh\n", cloneReadme(sshUrl, key(ecdsaKey, ssh.knownHostsLine())), ssh.log());
    }

    @Test
    void ed25519KeyClones() throws Exception {
        assertEquals("over ssh\n", cloneReadme(sshUrl, key(ed25519Key, ssh.knownHostsLine())), ssh.log());
    }

    @Test
    void tokenClonesOverHttp() throws Exception {
        GitAuth auth = new GitAuth("ci-token", "ci", TOKEN, "", "", "", false, false);
        assertEquals("over http\n", cloneReadme(httpUrl, auth), http.log());
    }

    @Test
    void wrongKeyIsRefusedByName() throws Exception {
        IOException e = assertThrows(IOException.class,
                () -> cloneReadme(sshUrl, key(strangerKey, ssh.knownHostsLine())));
        assertTrue(e.getMessage().contains(sshUrl), e.getMessage());
        assertTrue(e.getMessage().contains("with credential deploy-key"), e.getMessage());
        assertTrue(e.getMessage().contains("log in"), e.getMessage());
    }

    @Test
    void wrongPassphraseIsRefused() {
        GitAuth auth = new GitAuth("deploy-key", "", "", opensshKey.privateKey(), "not-it-42", "", false, false);
        IOException e = assertThrows(IOException.class, () -> cloneReadme(sshUrl, auth.withKnownHosts(
                ssh.knownHostsLine())));
        assertTrue(e.getMessage().contains("with credential deploy-key"), e.getMessage());
        assertTrue(e.getMessage().contains("its passphrase is wrong"), e.getMessage());
        assertFalse(e.getMessage().contains("not-it-42"), e.getMessage());
    }

    @Test
    void wrongTokenIsRefusedByName() {
        GitAuth auth = new GitAuth("ci-token", "ci", "not-the-token", "", "", "", false, false);
        IOException e = assertThrows(IOException.class, () -> cloneReadme(httpUrl, auth));
        assertTrue(e.getMessage().contains(httpUrl), e.getMessage());
        assertTrue(e.getMessage().contains("with credential ci-token"), e.getMessage());
        assertTrue(e.getMessage().contains("not authorized"), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-token"), e.getMessage());
    }

    @Test
    void aPrivateRepositoryWithoutCredentialsSaysWhatIsMissing() {
        IOException e = assertThrows(IOException.class, () -> cloneReadme(httpUrl, GitAuth.NONE));
        assertTrue(e.getMessage().contains(httpUrl + " without credentials: "), e.getMessage());
        assertTrue(e.getMessage().contains("choose a git credential for the job"), e.getMessage());
    }

    @Test
    void sshWithoutAKeySaysOneIsNeeded() throws IOException {
        GitAuth none = new GitAuth("", "", "", "", "", ssh.knownHostsLine(), false, false);
        IOException e = assertThrows(IOException.class, () -> cloneReadme(sshUrl, none));
        assertTrue(e.getMessage().contains("without credentials"), e.getMessage());
        assertTrue(e.getMessage().contains("choose a git credential with an SSH key"), e.getMessage());
    }

    @Test
    void unknownHostKeyIsNeverTrustedSilently() {
        IOException e = assertThrows(IOException.class, () -> cloneReadme(sshUrl, key(pemKey, "")));
        assertTrue(e.getMessage().contains("with credential deploy-key"), e.getMessage());
        assertTrue(e.getMessage().contains("Server key did not validate"), e.getMessage());
        assertTrue(e.getMessage().contains("matches no known_hosts line"), e.getMessage());
    }

    @Test
    void acceptOnFirstUseRemembersTheKeyAndTrustsOnlyIt(@TempDir Path learned) throws Exception {
        GitAuth auth = new GitAuth("deploy-key", "", "", pemKey.privateKey(), "", "", true, false);
        File hosts = learned.resolve("known_hosts").toFile();
        try (GitConnection connection = GitConnection.open(auth, hosts.toPath())) {
            connection.apply(org.eclipse.jgit.api.Git.lsRemoteRepository().setRemote(sshUrl)).call();
        }
        String remembered = Files.readString(hosts.toPath(), StandardCharsets.UTF_8);
        String[] line = ssh.knownHostsLine().split(" ");
        assertTrue(remembered.contains(line[2]), remembered);
        GitAuth strict = new GitAuth("deploy-key", "", "", pemKey.privateKey(), "", remembered, false, false);
        assertEquals("over ssh\n", cloneReadme(sshUrl, strict));
    }
}
