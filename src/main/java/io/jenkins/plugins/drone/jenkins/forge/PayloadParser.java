package io.jenkins.plugins.drone.jenkins.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.UnaryOperator;

/** Turns one forge's webhook delivery (its headers and JSON body) into a {@link ForgeDelivery} as Drone maps it. */
public interface PayloadParser {

    /**
     * @param headers the request header of a name (any case), or null when absent
     * @param body    the parsed JSON body
     * @throws PayloadException when the body is not what the forge sends for the event its headers name
     */
    ForgeDelivery parse(UnaryOperator<String> headers, JsonNode body) throws PayloadException;

    /** The header that carries the delivery's unique id (for de-duplication of redeliveries). */
    String deliveryIdHeader();

    /** The value of header {@code name}, which every delivery of the forge carries. */
    static String required(UnaryOperator<String> headers, String name) throws PayloadException {
        String value = headers.apply(name);
        if (value == null || value.isBlank()) {
            throw new PayloadException("the " + name + " header is missing");
        }
        return value;
    }

    /** A commit id of the payload, empty for Git's all-zero id ("no commit": a new or deleted ref). */
    static String commit(JsonNode node, String... path) {
        String id = Json.text(node, path);
        return id.matches("0{40}") ? "" : id;
    }
}
