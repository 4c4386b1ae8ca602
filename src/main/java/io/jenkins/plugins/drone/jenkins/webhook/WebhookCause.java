package io.jenkins.plugins.drone.jenkins.webhook;

import hudson.model.Cause;
import io.jenkins.plugins.drone.jenkins.Messages;

/** A build started by a forge's webhook delivery: "Started by a github push to main". */
public final class WebhookCause extends Cause {

    private final String forge;
    private final String event;
    private final String ref;
    private final String delivery;

    public WebhookCause(String forge, String event, String ref, String delivery) {
        this.forge = forge;
        this.event = event;
        this.ref = ref;
        this.delivery = delivery;
    }

    /** The id the forge gave the delivery, empty when it gave none. */
    public String getDelivery() {
        return delivery == null ? "" : delivery;
    }

    @Override
    public String getShortDescription() {
        return Messages.webhookCauseDescription(forge, event, ref);
    }
}
