package io.jenkins.plugins.drone.engine;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The credentials of one git repository, as the controller's reads and the agent's clone use them
 * (docs/drone-semantics.md#clone-credentials): a user and password or token for HTTP(S), or an SSH private key
 * (OpenSSH or PEM text, optional passphrase) with the {@code known_hosts} lines its server must match.
 *
 * @param id                the credential's id, named in messages (never a value)
 * @param username          HTTP(S) user, empty for none
 * @param password          HTTP(S) password or token
 * @param privateKey        SSH private key text, empty for none
 * @param passphrase        the key's passphrase, empty for none
 * @param knownHosts        {@code known_hosts} lines the SSH server's key must match
 * @param acceptNewHostKeys accept (and remember) a host key that no line names ("accept on first use")
 * @param netrcForSteps     also give the HTTP(S) credentials to the steps as netrc (Drone's
 *                          {@code DRONE_NETRC_CLONE_ONLY=false}); by default only the clone gets them
 */
public record GitAuth(String id, String username, String password, String privateKey, String passphrase,
                      String knownHosts, boolean acceptNewHostKeys, boolean netrcForSteps) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Anonymous access. */
    public static final GitAuth NONE = new GitAuth("", "", "", "", "", "", false, false);

    public GitAuth {
        id = orEmpty(id);
        username = orEmpty(username);
        password = orEmpty(password);
        privateKey = orEmpty(privateKey);
        passphrase = orEmpty(passphrase);
        knownHosts = orEmpty(knownHosts);
    }

    /** Whether there is an SSH key to log in with. */
    public boolean hasKey() {
        return !privateKey.isBlank();
    }

    /** Whether there is an HTTP(S) user or password. */
    public boolean hasPassword() {
        return !username.isEmpty() || !password.isEmpty();
    }

    /** The same credentials trusting {@code lines} as well (host keys learned on first use). */
    public GitAuth withKnownHosts(String lines) {
        if (lines == null || lines.isBlank()) {
            return this;
        }
        String joined = knownHosts.isBlank() ? lines : knownHosts.strip() + "\n" + lines;
        return new GitAuth(id, username, password, privateKey, passphrase, joined, acceptNewHostKeys, netrcForSteps);
    }

    /** The secret parts by a descriptive name, for the secret masker. */
    public Map<String, String> secretValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("git password of " + id, password);
        values.put("git key of " + id, privateKey);
        values.put("git key passphrase of " + id, passphrase);
        values.values().removeIf(String::isEmpty);
        return values;
    }

    /** Names the credential, never its secret parts. */
    @Override
    public String toString() {
        return "GitAuth[" + id + (hasKey() ? ", ssh key" : "") + (hasPassword() ? ", user " + username : "") + "]";
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
