package io.jenkins.plugins.drone.spec.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.drone.spec.Signer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Proves signatures (docs/drone-semantics.md#signatures) against the signer/ vectors: the HMAC value, verification
// outcomes, the short-key error, and that re-signing makes any file verify.
class SignerConformanceTest {

    static Stream<JsonNode> cases() {
        return StreamSupport.stream(Corpus.json("signer", "expected.json").get("cases").spliterator(), false);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void vector(JsonNode c) {
        String text = Corpus.text("signer", c.get("file").asText());
        String key = c.get("key").asText();
        if (c.has("verify_error")) {
            assertEquals(c.get("verify_error").asText(),
                    assertThrows(IllegalArgumentException.class, () -> Signer.verify(text, key)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> Signer.resign(text, key));
            return;
        }
        if (c.has("sign")) {
            assertEquals(c.get("sign").asText(), Signer.sign(text, key));
        }
        if (c.has("verify")) {
            assertEquals(c.get("verify").asBoolean(), Signer.verify(text, key));
        }
        if (c.has("verify_after_update")) {
            String resigned = Signer.resign(text, key);
            assertEquals(c.get("verify_after_update").asBoolean(), Signer.verify(resigned, key));
            assertEquals(Signer.sign(text, key), Signer.sign(resigned, key), "signature documents are not signed");
        }
    }
}
