package io.jenkins.plugins.drone.jenkins.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.model.Hudson;
import hudson.security.ACL;
import io.jenkins.plugins.drone.jenkins.forge.BuildEvent;
import io.jenkins.plugins.drone.jenkins.forge.ForgeDelivery;
import io.jenkins.plugins.drone.jenkins.forge.ForgeKind;
import io.jenkins.plugins.drone.jenkins.forge.ForgeLink;
import io.jenkins.plugins.drone.jenkins.forge.PayloadException;
import io.jenkins.plugins.drone.jenkins.forge.PayloadParser;
import io.jenkins.plugins.drone.jenkins.forge.WebhookPayloads;
import io.jenkins.plugins.drone.jenkins.forge.WebhookSignature;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.SupersededBuilds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.acegisecurity.Authentication;
import org.acegisecurity.context.SecurityContextHolder;

/**
 * What one delivery does: parse it as its forge's payload (400 when it is not), find every job linked to its
 * repository, keep those whose webhook secret verifies the signature (401 missing, 403 wrong, when none
 * does), and queue one build per job with the delivery's event, unless the delivery builds nothing (ping,
 * deletion, ignored action, skip marker), the push's branch is filtered out, or the delivery id was built
 * from before. Looks jobs up as the system: the caller is anonymous, the signature is its credential.
 */
final class DeliveryHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReceivedDeliveries received;

    DeliveryHandler(ReceivedDeliveries received) {
        this.received = received;
    }

    WebhookAnswer handle(ForgeKind kind, UnaryOperator<String> headers, byte[] body) {
        PayloadParser parser = WebhookPayloads.of(kind);
        ForgeDelivery delivery;
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                return WebhookAnswer.of(400, "the body is not a JSON object");
            }
            delivery = parser.parse(headers, json);
        } catch (JsonProcessingException e) {
            return WebhookAnswer.of(400, "the body is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            return WebhookAnswer.of(400, "the body cannot be read: " + e.getMessage());
        } catch (PayloadException e) {
            return WebhookAnswer.of(400, e.getMessage());
        }
        if (delivery.repositorySlug().isEmpty()) {
            return WebhookAnswer.of(200, delivery.ignored() == null ? "no repository" : delivery.ignored());
        }
        String deliveryId = headers.apply(parser.deliveryIdHeader());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(ACL.SYSTEM);
        try {
            return dispatch(kind, headers, body, delivery, deliveryId == null ? "" : deliveryId.trim());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(caller);
        }
    }

    private WebhookAnswer dispatch(ForgeKind kind, UnaryOperator<String> headers, byte[] body,
                                   ForgeDelivery delivery, String deliveryId) {
        List<DronePipelineJob> linked = linkedJobs(kind, delivery);
        if (linked.isEmpty()) {
            return WebhookAnswer.of(200, "no job is linked to " + kind.id() + " repository "
                    + delivery.repositorySlug());
        }
        List<DronePipelineJob> verified = new ArrayList<>();
        boolean signed = false;
        for (DronePipelineJob job : linked) {
            String secret = job.getForge().getWebhookSecret() == null ? ""
                    : job.getForge().getWebhookSecret().getPlainText();
            WebhookSignature.Verdict verdict = WebhookSignature.check(kind, headers, body, secret);
            signed |= verdict != WebhookSignature.Verdict.MISSING;
            if (verdict == WebhookSignature.Verdict.VALID) {
                verified.add(job);
            }
        }
        if (verified.isEmpty()) {
            return signed ? WebhookAnswer.of(403, "the " + WebhookSignature.header(kind)
                            + " signature does not match the webhook secret of any linked job")
                    : WebhookAnswer.of(401, "the delivery is not signed (" + WebhookSignature.header(kind) + ")");
        }
        ObjectNode answer = WebhookAnswer.object();
        answer.put("forge", kind.id()).put("repository", delivery.repositorySlug()).put("delivery", deliveryId);
        if (delivery.event() == null) {
            answer.put("message", "nothing to build: " + delivery.ignored());
            return new WebhookAnswer(200, answer);
        }
        BuildEvent event = delivery.event();
        answer.put("event", event.getEvent()).put("ref", event.getRef()).put("commit", event.getCommit());
        ArrayNode queued = answer.putArray("queued");
        ArrayNode skipped = answer.putArray("skipped");
        for (DronePipelineJob job : verified) {
            String reason = queue(job, kind, event, deliveryId);
            if (reason == null) {
                queued.add(job.getFullName());
            } else {
                skipped.addObject().put("job", job.getFullName()).put("reason", reason);
            }
        }
        answer.put("message", queued.isEmpty() ? "nothing queued" : "queued " + queued.size() + " build(s)");
        return new WebhookAnswer(200, answer);
    }

    /** Queues the build of {@code job}, or says why it does not. */
    private String queue(DronePipelineJob job, ForgeKind kind, BuildEvent event, String deliveryId) {
        if ("push".equals(event.getEvent()) && !job.getForge().buildsBranch(event.getBranch())) {
            return "branch " + event.getBranch() + " is filtered out";
        }
        if (!job.isBuildable()) {
            return "the job is disabled";
        }
        if (!received.firstTime(kind.id(), deliveryId, job.getFullName())) {
            return "delivery " + deliveryId + " was received before";
        }
        WebhookCause cause = new WebhookCause(kind.id(), event.getEvent(), event.getRef(), deliveryId);
        SupersededBuilds.cancelFor(job, event);
        return job.scheduleBuild(0, cause, event.toBuilder().build()) ? null : "the queue already holds this build";
    }

    private static List<DronePipelineJob> linkedJobs(ForgeKind kind, ForgeDelivery delivery) {
        List<DronePipelineJob> jobs = new ArrayList<>();
        for (DronePipelineJob job : Hudson.getInstance().getAllItems(DronePipelineJob.class)) {
            ForgeLink link = job.getForge();
            if (link != null && link.isAbout(kind, delivery.repositorySlug(), delivery.repositoryUrls(),
                    job.getRepositoryUrl())) {
                jobs.add(job);
            }
        }
        return jobs;
    }
}
