package io.jenkins.plugins.drone.jenkins.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves a status that cannot be delivered (nothing listens on the forge's port) is tried once more after each
 * backoff delay and then answered, not thrown: the caller gets the number of attempts and the reason.
 */
class StatusSenderTest {

    @Test
    void aForgeThatDoesNotAnswerIsRetriedThenReported() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StatusSender sender = new StatusSender(List.of(Duration.ofMillis(50), Duration.ofMillis(100)));
        long started = System.nanoTime();
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/statuses/x");
        StatusSender.Answer answer = sender.send(new StatusRequest(nowhere, "Bearer t", "{}"))
                .get(30, TimeUnit.SECONDS);
        assertFalse(answer.accepted());
        assertEquals(0, answer.code());
        assertEquals(3, answer.attempts());
        assertTrue(answer.text().startsWith("no answer: "), answer.text());
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(150), "waited for the backoff");
    }
}
