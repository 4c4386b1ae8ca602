package io.jenkins.plugins.drone.jenkins.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Webhook deliveries for integration tests, made by node from real payloads (src/test/node/replay-delivery.mjs:
 * GitHub's published examples, or stored payloads of the other forges' docs) and POSTed over HTTP to Hudson.
 */
public final class WebhookDeliveries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookDeliveries() {}

    /** A delivery body with the signatures node computed for it. */
    public record Delivery(String body, String githubSignature, String hmacHex) {}

    /** The answer Hudson gave. */
    public record Answer(int status, JsonNode body) {}

    /**
     * Runs the replay script: {@code source} is {@code github:EVENT:INDEX} or a payload file; each set is
     * {@code dotted.path=JSON}.
     */
    public static Delivery replay(String source, String secret, String... sets) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "src/test/node/replay-delivery.mjs", source, secret));
        command.addAll(List.of(sets));
        Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = node.getInputStream().readAllBytes();
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new IllegalStateException("node replay-delivery.mjs failed for " + source);
        }
        JsonNode result = JSON.readTree(out);
        return new Delivery(result.get("body").asText(), result.get("githubSignature").asText(),
                result.get("hmacHex").asText());
    }

    /** POSTs {@code body} as JSON with {@code headers} to {@code url} and reads the answer. */
    public static Answer post(URL url, Map<String, String> headers, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        headers.forEach(connection::setRequestProperty);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        if (in != null) {
            in.transferTo(text);
        }
        String answer = text.toString(StandardCharsets.UTF_8);
        return new Answer(status, answer.isBlank() ? JSON.createObjectNode() : readOr(answer));
    }

    private static JsonNode readOr(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("notJson", text);
        }
    }
}
