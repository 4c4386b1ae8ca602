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
}
