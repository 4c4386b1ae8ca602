package io.jenkins.plugins.drone.spec;

import io.jenkins.plugins.drone.spec.yaml.DocumentSplitter;
import io.jenkins.plugins.drone.spec.yaml.RawDocument;
import io.jenkins.plugins.drone.spec.yaml.ReadFailure;
import io.jenkins.plugins.drone.spec.yaml.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Drone's file signatures (docs/drone-semantics.md#signatures): HMAC-SHA256 with the repository key over the raw text
 * of every non-signature document. Works on the text, so 0.8 files are signed as written.
 */
public final class Signer {

    private static final int MIN_KEY_BYTES = 32;

    private Signer() {}

    /** The lower-case hex HMAC of {@code text}; the key must be at least 32 bytes. */
    public static String sign(String text, String key) {
        StringBuilder message = new StringBuilder();
        for (RawDocument doc : DocumentSplitter.split(text)) {
            if (!isSignature(doc)) {
                message.append(doc.text());
            }
        }
        return HexFormat.of().formatHex(hmac(message.toString(), key));
    }

    /** True if the file holds a signature document whose hmac matches; false when there is none. */
    public static boolean verify(String text, String key) {
        String expected = sign(text, key);
        for (RawDocument doc : DocumentSplitter.split(text)) {
            String hmac = signatureHmac(doc);
            if (hmac != null && MessageDigest.isEqual(hmac.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    /** The file without its signature documents, followed by a fresh one. */
    public static String resign(String text, String key) {
        StringBuilder out = new StringBuilder();
        for (RawDocument doc : DocumentSplitter.split(text)) {
            if (!isSignature(doc)) {
                out.append("---\n").append(doc.text());
            }
        }
        return out.append(document(text, key)).toString();
    }

    /** The {@code kind: signature} document for {@code text}, as Drone appends it to the file. */
    public static String document(String text, String key) {
        return "---\nkind: signature\nhmac: " + sign(text, key) + "\n\n...\n";
    }

    private static byte[] hmac(String message, String key) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("signer: key must be 32-bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static boolean isSignature(RawDocument doc) {
        return signatureHmac(doc) != null;
    }

    /** The {@code hmac} of a {@code kind: signature} document ("" if missing), or null for other documents. */
    private static String signatureHmac(RawDocument doc) {
        try {
            if (YamlTreeReader.read("", doc, new ArrayList<>()) instanceof YamlValue.Mapping map
                    && map.get("kind") instanceof YamlValue.Scalar kind && kind.text().equals("signature")) {
                return map.get("hmac") instanceof YamlValue.Scalar hmac ? hmac.text() : "";
            }
        } catch (ReadFailure e) {
            return null;
        }
        return null;
    }
}
