package io.jenkins.plugins.drone.jenkins.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.jenkins.forge.WebhookSignature.Verdict;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Proves each forge's signature check against known answers: GitHub's documented test vector
 * (docs.github.com, "Validating webhook deliveries": secret "It's a Secret to Everybody", body "Hello, World!"),
 * the same HMAC as Gitea's bare hex and Bitbucket's {@code sha256=}, GitLab's token; missing and wrong ones.
 */
class WebhookSignatureTest {

    private static final String SECRET = "It's a Secret to Everybody";
    private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String HMAC = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    @Test
    void githubsDocumentedVectorVerifies() {
        assertEquals(Verdict.VALID, WebhookSignature.check(ForgeKind.GITHUB,
                Payloads.headers("X-Hub-Signature-256", "sha256=" + HMAC), BODY, SECRET));
        assertEquals(Verdict.INVALID, WebhookSignature.check(ForgeKind.GITHUB,
                Payloads.headers("X-Hub-Signature-256", "sha256=" + HMAC), BODY, "another secret"));
        assertEquals(Verdict.INVALID, WebhookSignature.check(ForgeKind.GITHUB,
                Payloads.headers("X-Hub-Signature-256", HMAC), BODY, SECRET), "the sha256= prefix is part of it");
        assertEquals(Verdict.MISSING, WebhookSignature.check(ForgeKind.GITHUB, Payloads.headers(), BODY, SECRET));
    }

    @Test
    void giteaSendsTheBareHexAndBitbucketThePrefixedOne() {
        assertEquals(Verdict.VALID, WebhookSignature.check(ForgeKind.GITEA,
                Payloads.headers("X-Gitea-Signature", HMAC), BODY, SECRET));
        assertEquals(Verdict.VALID, WebhookSignature.check(ForgeKind.BITBUCKET,
                Payloads.headers("X-Hub-Signature", "sha256=" + HMAC.toUpperCase()), BODY, SECRET));
        assertEquals(Verdict.INVALID, WebhookSignature.check(ForgeKind.GITEA,
                Payloads.headers("X-Gitea-Signature", HMAC), "Hello, World?".getBytes(StandardCharsets.UTF_8), SECRET));
    }

    @Test
    void gitlabSendsTheSecretItself() {
        assertEquals(Verdict.VALID, WebhookSignature.check(ForgeKind.GITLAB,
                Payloads.headers("X-Gitlab-Token", SECRET), BODY, SECRET));
        assertEquals(Verdict.INVALID, WebhookSignature.check(ForgeKind.GITLAB,
                Payloads.headers("X-Gitlab-Token", SECRET.toLowerCase()), BODY, SECRET));
    }

    @Test
    void aJobWithoutSecretAcceptsNoSignature() {
        assertEquals(Verdict.INVALID, WebhookSignature.check(ForgeKind.GITLAB,
                Payloads.headers("X-Gitlab-Token", "x"), BODY, ""));
    }
}
