package io.jenkins.plugins.drone.jenkins.forge;

/** A webhook body that is not the payload the forge sends for the event it names; the message says what is wrong. */
public final class PayloadException extends Exception {

    private static final long serialVersionUID = 1L;

    public PayloadException(String message) {
        super(message);
    }
}
