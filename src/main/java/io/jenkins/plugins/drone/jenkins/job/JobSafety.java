package io.jenkins.plugins.drone.jenkins.job;

import hudson.util.Secret;
import net.sf.json.JSONObject;

/**
 * What a job allows pull requests from forks and unsigned files (docs/forges.md#untrusted-pull-requests),
 * safe by default: a fork PR gets no secrets and no trust, and runs without approval only when the job does not ask
 * for it; in protected mode a file whose {@code kind: signature} does not verify with the signing key waits for
 * approval. Persisted in config.xml; the key as an encrypted {@link Secret}.
 */
public final class JobSafety {

    /** Nothing asked for: fork PRs run without secrets or trust, signatures are not checked. */
    public static final JobSafety DEFAULT = new JobSafety(false, false, false, false, null);

    private final boolean forkApproval;
    private final boolean forkSecrets;
    private final boolean forkFileFromTarget;
    private final boolean protectedMode;
    private final Secret signingKey;

    public JobSafety(boolean forkApproval, boolean forkSecrets, boolean forkFileFromTarget, boolean protectedMode,
                     Secret signingKey) {
        this.forkApproval = forkApproval;
        this.forkSecrets = forkSecrets;
        this.forkFileFromTarget = forkFileFromTarget;
        this.protectedMode = protectedMode;
        this.signingKey = signingKey;
    }

    /** The settings of the job form's "Pull requests and signatures" fields. */
    static JobSafety fromForm(JSONObject form) {
        String key = form.optString("signingKey", "");
        return new JobSafety(form.optBoolean("forkApproval"), form.optBoolean("forkSecrets"),
                form.optBoolean("forkFileFromTarget"), form.optBoolean("protectedMode"),
                key.isEmpty() ? null : Secret.fromString(key));
    }

    /** A build of a pull request from a fork waits until a user with Item.BUILD approves it. */
    public boolean isForkApproval() {
        return forkApproval;
    }

    /** Fork PRs get the secrets marked for pull requests (otherwise none at all). */
    public boolean isForkSecrets() {
        return forkSecrets;
    }

    /** Fork PRs run the pipeline file of the PR's target branch, not the one the PR brings. */
    public boolean isForkFileFromTarget() {
        return forkFileFromTarget;
    }

    /** Drone's protected mode: a file whose signature does not verify with the signing key waits for approval. */
    public boolean isProtectedMode() {
        return protectedMode;
    }

    /** The key of {@code kind: signature} (Drone's repository signing secret, at least 32 bytes), or null. */
    public Secret getSigningKey() {
        return signingKey;
    }

    /** The key in clear, for the signer only; empty when none is set. */
    public String signingKeyText() {
        return signingKey == null ? "" : Secret.toString(signingKey);
    }
}
