package io.jenkins.plugins.drone.jenkins.webhook;

import hudson.Extension;
import hudson.model.RootAction;
import io.jenkins.plugins.drone.jenkins.forge.ForgeKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

/**
 * {@code POST /drone-webhook/github}, {@code /gitea}, {@code /gitlab}, {@code /bitbucket}: where forges deliver
 * their webhooks. No login and no crumb are asked for: a forge has neither, and the delivery's signature,
 * checked against the webhook secret of each linked job, is what authorises it. Answers JSON; a body above
 * {@value #MAX_BODY_BYTES} bytes is refused before it is read. On modern Jenkins, {@link ModernCoreWebhooks}
 * replaces this action by a subclass that core lets anonymous deliveries reach, sharing its state.
 */
@Extension
public class DroneWebhooks implements RootAction {

    /** The first segment of the endpoints' path. */
    public static final String URL_NAME = "drone-webhook";

    /** The largest body accepted (GitHub caps its payloads at 25 MB; a push names at most 20 commits). */
    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    private static final Logger LOGGER = Logger.getLogger(DroneWebhooks.class.getName());

    private final DeliveryHandler handler;

    public DroneWebhooks() {
        handler = new DeliveryHandler(new ReceivedDeliveries());
    }

    /** An action answering as {@code shared} does: same handler, same memory of deliveries. */
    protected DroneWebhooks(DroneWebhooks shared) {
        handler = shared.handler;
    }

    @Override
    public final String getUrlName() {
        return URL_NAME;
    }

    @Override
    public final String getIconFileName() {
        return null;
    }

    @Override
    public final String getDisplayName() {
        return null;
    }

    /** GitHub and GitHub Enterprise Server deliveries. */
    @CapturedParameterNames({"req", "rsp"})
    public final void doGithub(StaplerRequest req, StaplerResponse rsp) throws IOException {
        receive(ForgeKind.GITHUB, req, rsp);
    }

    /** Gitea and Forgejo deliveries. */
    @CapturedParameterNames({"req", "rsp"})
    public final void doGitea(StaplerRequest req, StaplerResponse rsp) throws IOException {
        receive(ForgeKind.GITEA, req, rsp);
    }

    /** GitLab deliveries. */
    @CapturedParameterNames({"req", "rsp"})
    public final void doGitlab(StaplerRequest req, StaplerResponse rsp) throws IOException {
        receive(ForgeKind.GITLAB, req, rsp);
    }

    /** Bitbucket Cloud and Data Center deliveries. */
    @CapturedParameterNames({"req", "rsp"})
    public final void doBitbucket(StaplerRequest req, StaplerResponse rsp) throws IOException {
        receive(ForgeKind.BITBUCKET, req, rsp);
    }

    private void receive(ForgeKind kind, StaplerRequest req, StaplerResponse rsp) throws IOException {
        WebhookAnswer answer;
        if (!"POST".equals(req.getMethod())) {
            answer = WebhookAnswer.of(405, "deliveries are POSTed");
        } else if (req.getContentLength() > MAX_BODY_BYTES) {
            answer = WebhookAnswer.of(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
        } else {
            answer = handle(kind, req);
        }
        rsp.setStatus(answer.status());
        rsp.setContentType("application/json;charset=UTF-8");
        byte[] bytes = (answer.text() + "\n").getBytes(StandardCharsets.UTF_8);
        rsp.setContentLength(bytes.length);
        rsp.getOutputStream().write(bytes);
    }

    private WebhookAnswer handle(ForgeKind kind, StaplerRequest req) throws IOException {
        byte[] body = read(req.getInputStream());
        if (body == null) {
            return WebhookAnswer.of(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        try {
            return handler.handle(kind, req::getHeader, body);
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot handle a " + kind.id() + " delivery", e);
            return WebhookAnswer.of(500, "the delivery could not be handled; the Jenkins log says why");
        }
    }

    /** The body, or null as soon as it exceeds the limit (a chunked body has no length to check first). */
    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + n > MAX_BODY_BYTES) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
