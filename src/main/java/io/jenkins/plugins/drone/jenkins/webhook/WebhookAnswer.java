package io.jenkins.plugins.drone.jenkins.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The HTTP status and short JSON body a webhook delivery is answered with. */
record WebhookAnswer(int status, ObjectNode body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer with {@code message} as its only field. */
    static WebhookAnswer of(int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message);
        return new WebhookAnswer(status, body);
    }

    /** An empty JSON object to fill. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    String text() {
        return body.toString();
    }
}
