package io.jenkins.plugins.drone.jenkins.webhook;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * What the crumb exclusion {@link ModernCoreWebhooks} defines on modern Jenkins does: a request under
 * {@code /drone-webhook/} goes on without a crumb (a forge has none; the delivery's signature authorises it).
 */
public final class WebhookCrumbExclusion {

    private WebhookCrumbExclusion() {}

    /** True when the request was passed on down {@code chain} without a crumb check. */
    public static boolean process(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getPathInfo();
        if (path == null || !path.startsWith("/" + DroneWebhooks.URL_NAME + "/")) {
            return false;
        }
        chain.doFilter(request, response);
        return true;
    }
}
