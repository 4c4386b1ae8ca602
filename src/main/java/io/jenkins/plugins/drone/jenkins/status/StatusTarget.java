package io.jenkins.plugins.drone.jenkins.status;

import io.jenkins.plugins.drone.jenkins.forge.ForgeKind;
import io.jenkins.plugins.drone.jenkins.forge.ForgeLink;

/**
 * Where statuses go: the forge's kind and API base URL, the repository's {@code owner/name} and the token (in clear
 * only here, on its way into an {@code Authorization} header).
 */
record StatusTarget(ForgeKind kind, String apiUrl, String slug, String token) {

    static StatusTarget of(ForgeLink link) {
        return new StatusTarget(link.getKind(), link.getApiUrl(), link.getSlug(), link.getToken().getPlainText());
    }

    /** Leaves the token out. */
    @Override
    public String toString() {
        return kind.id() + " " + apiUrl + " " + slug;
    }
}
