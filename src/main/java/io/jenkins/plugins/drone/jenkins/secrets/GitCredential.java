package io.jenkins.plugins.drone.jenkins.secrets;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.Secret;
import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.jenkins.Messages;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Credentials of a git repository: a user with a password or token for HTTP(S), or an SSH private key with an
 * optional passphrase and the {@code known_hosts} lines its server must match. Every secret part is kept as an
 * encrypted {@link Secret}; the host key lines are public and stay readable.
 */
public final class GitCredential extends AbstractDescribableImpl<GitCredential> {

    private final String id;
    private final String username;
    private final Secret password;
    private final Secret privateKey;
    private final Secret passphrase;
    private final String knownHosts;
    private final boolean acceptNewHostKeys;

    @DataBoundConstructor
    @CapturedParameterNames({"id", "username", "password", "privateKey", "passphrase", "knownHosts",
            "acceptNewHostKeys"})
    public GitCredential(String id, String username, Secret password, Secret privateKey, Secret passphrase,
                         String knownHosts, boolean acceptNewHostKeys) {
        this.id = id == null ? "" : id.trim();
        this.username = username == null ? "" : username.trim();
        this.password = password;
        this.privateKey = privateKey;
        this.passphrase = passphrase;
        this.knownHosts = knownHosts == null ? "" : knownHosts.strip();
        this.acceptNewHostKeys = acceptNewHostKeys;
    }

    /** The name jobs choose it by and messages name it by. */
    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Secret getPassword() {
        return password;
    }

    public Secret getPrivateKey() {
        return privateKey;
    }

    public Secret getPassphrase() {
        return passphrase;
    }

    /** {@code known_hosts} lines the SSH server's host key must match. */
    public String getKnownHosts() {
        return knownHosts;
    }

    /** Whether a host key no line names is accepted and remembered ("accept on first use"); an admin's choice. */
    public boolean isAcceptNewHostKeys() {
        return acceptNewHostKeys;
    }

    /** Whether it holds nothing to log in with (a form or example left empty). */
    public boolean isEmpty() {
        return username.isEmpty() && Secret.toString(password).isEmpty() && Secret.toString(privateKey).isBlank();
    }

    /** The same credential with {@code accept} as the host key choice (kept from before for non-administrators). */
    public GitCredential withAcceptNewHostKeys(boolean accept) {
        return new GitCredential(id, username, password, privateKey, passphrase, knownHosts, accept);
    }

    /** What the engine logs in with; {@code netrcForSteps} also hands HTTP(S) credentials to the steps. */
    public GitAuth toAuth(String fallbackId, boolean netrcForSteps) {
        return new GitAuth(id.isEmpty() ? fallbackId : id, username, Secret.toString(password),
                Secret.toString(privateKey), Secret.toString(passphrase), knownHosts, acceptNewHostKeys,
                netrcForSteps);
    }

    /** Form and help for a git credential. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<GitCredential> {
        @Override
        public String getDisplayName() {
            return Messages.gitCredentialDisplayName();
        }
    }
}
