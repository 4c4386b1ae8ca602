package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proves secrets reach the container by name yet never appear in any step's log: plain, base64, URL-encoded,
 * each line of a multi-line value, also in a step that did not ask for the secret; each step's finished event
 * names the secrets masked in its log; a too-short secret is not masked and a warning names it without its value.
 */
class MaskingTest {

    @Test
    void secretsAreMaskedInEveryStepLog() {
        RecordingListener events = new RecordingListener();
        SecretSource secrets = SecretSource.of(Map.of("token", "s3cr3t-value", "cert", "line-one\nline-two", "pin", "42"));
        PipelineResult result = DockerSupport.run(RunRequest.builder(pipeline(
                        step("uses", "echo token=$TOKEN", "echo -n $TOKEN | base64", "printf '%s\\n' \"$CERT\"", "echo pin=$PIN")
                                .secret("TOKEN", "token").secret("CERT", "cert").secret("PIN", "pin"),
                        step("other", "echo s3cr3t-value again")))
                .secrets(secrets), events);

        assertEquals(StepStatus.SUCCESS, result.status());
        assertEquals(List.of("+ echo token=$TOKEN", "token=******", "+ echo -n $TOKEN | base64", "******",
                "+ printf '%s\\n' \"$CERT\"", "******", "******", "+ echo pin=$PIN", "pin=42"), events.lines("uses"));
        assertTrue(events.lines("other").contains("****** again"));
        assertFalse(events.allLines().stream().anyMatch(l -> l.contains("s3cr3t") || l.contains("line-")));
        assertEquals(List.of("secret pin is shorter than 4 characters and is not masked in logs"), events.warnings());
        assertEquals(List.of("cert", "token"), finished(events, "uses").maskedSecrets());
        assertEquals(List.of("token"), finished(events, "other").maskedSecrets());
    }

    private static PipelineEvent.StepFinished finished(RecordingListener events, String step) {
        return events.events.stream().filter(e -> e instanceof PipelineEvent.StepFinished f && f.step().equals(step))
                .map(PipelineEvent.StepFinished.class::cast).findFirst().orElseThrow();
    }

    @Test
    void urlEncodedFormIsMasked() {
        SecretMasker masker = new SecretMasker(Map.of("p", "a b&c/d"), PipelineListener.NONE);
        assertEquals("x=****** y=******", masker.mask("x=a+b%26c%2Fd y=a%20b%26c%2Fd"));
    }

    // A long line reaches the masker in pieces; a secret cut by a piece boundary is masked all the same,
    // and no piece shows a part of it.
    @Test
    void aSecretAcrossPiecesOfALongLineIsMasked() {
        RecordingListener events = new RecordingListener();
        SecretMasker masker = new SecretMasker(Map.of("token", "s3cr3t-value"), events);
        masker.on(new PipelineEvent.StepLog("s", "x".repeat(100) + "s3cr3t", 1, true));
        masker.on(new PipelineEvent.StepLog("s", "-value" + "y".repeat(10), 2, true));
        masker.on(new PipelineEvent.StepLog("s", "z s3cr", 3, true));
        masker.on(new PipelineEvent.StepFinished("s", 1, StepStatus.SUCCESS, 0, 1, 2, -1, -1, -1, "", List.of()));

        String joined = String.join("", events.lines("s"));
        assertEquals("x".repeat(100) + "******" + "y".repeat(10) + "z s3cr", joined);
        assertFalse(events.lines("s").stream().anyMatch(piece -> piece.contains("s3cr3t") || piece.contains("-value")));
        assertEquals(List.of("token"), finished(events, "s").maskedSecrets());
    }

    // Colour codes inside a printed secret, or a secret whose value holds an escape code, do not defeat masking.
    @Test
    void escapeCodesDoNotHideASecret() {
        SecretMasker masker = new SecretMasker(Map.of("token", "s3cr3t-value", "coloured", "\u001B[31mred-secret"),
                PipelineListener.NONE);
        assertEquals("a ****** b", masker.mask("a s3cr\u001B[1m3t-va\u001B[0mlue b"));
        assertEquals("\u001B[32m******\u001B[0m", masker.mask("\u001B[32ms3cr3t-value\u001B[0m"));
        assertEquals("x \u001B[31m****** y", masker.mask("x \u001B[31mred-secret y"));
        assertEquals("x ****** y", masker.mask("x red-secret y"));
    }
}
