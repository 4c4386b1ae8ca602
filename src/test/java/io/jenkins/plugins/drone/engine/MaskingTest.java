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
}
