package io.jenkins.plugins.drone.jenkins.forge;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a delivery was sent by someone who knows the webhook secret, as each forge signs it: GitHub and
 * Bitbucket an HMAC-SHA256 of the body in {@code X-Hub-Signature-256} / {@code X-Hub-Signature}
 * ({@code sha256=<hex>}), Gitea and Forgejo the bare hex in {@code X-Gitea-Signature}, GitLab the secret itself
 * in {@code X-Gitlab-Token}. Comparisons take the same time whatever the first differing byte.
 */
public final class WebhookSignature {

    /** The outcome of a check. */
    public enum Verdict {
        /** The signature matches the secret. */
        VALID,
        /** The delivery carries no signature. */
        MISSING,
        /** The delivery's signature does not match the secret. */
        INVALID
    }

    private WebhookSignature() {}

    /** The header the forge of {@code kind} signs its deliveries in. */
    public static String header(ForgeKind kind) {
        return switch (kind) {
            case GITHUB -> "X-Hub-Signature-256";
            case GITEA -> "X-Gitea-Signature";
            case GITLAB -> "X-Gitlab-Token";
            case BITBUCKET -> "X-Hub-Signature";
        };
    }

    /** Whether {@code body} with these headers is signed with {@code secret} the way {@code kind} signs. */
    public static Verdict check(ForgeKind kind, UnaryOperator<String> headers, byte[] body, String secret) {
        String given = headers.apply(header(kind));
        if (given == null || given.isBlank()) {
            return Verdict.MISSING;
        }
        if (secret == null || secret.isEmpty()) {
            return Verdict.INVALID;
        }
        String expected = switch (kind) {
            case GITLAB -> secret;
            case GITEA -> hmacHex(secret, body);
            case GITHUB, BITBUCKET -> "sha256=" + hmacHex(secret, body);
        };
        String actual = kind == ForgeKind.GITLAB ? given : given.trim().toLowerCase(Locale.ROOT);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8))
                ? Verdict.VALID : Verdict.INVALID;
    }

    /** The lower-case hex HMAC-SHA256 of {@code body} keyed with {@code secret}. */
    static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
