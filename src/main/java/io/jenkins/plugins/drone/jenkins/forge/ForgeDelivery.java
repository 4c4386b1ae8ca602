package io.jenkins.plugins.drone.jenkins.forge;

import java.util.List;
import java.util.Locale;

/**
 * What one webhook delivery asks for: the repository it is about, and either the event to build or why it
 * builds nothing (a ping, a deletion, an action Drone ignores, a skip marker).
 *
 * @param repositorySlug {@code owner/name} of the repository, as the forge names it
 * @param repositoryUrls its clone, SSH and web URLs (any may be missing)
 * @param event          the event to build, or null when {@code ignored} says why not
 * @param ignored        why nothing builds, or null
 */
public record ForgeDelivery(String repositorySlug, List<String> repositoryUrls, BuildEvent event, String ignored) {

    /** Copies the URLs. */
    public ForgeDelivery {
        repositoryUrls = List.copyOf(repositoryUrls);
    }

    /** A delivery that builds {@code event}, unless its message or title carries a skip marker. */
    static ForgeDelivery build(String slug, List<String> urls, BuildEvent event) {
        if (skipped(event.getMessage()) || skipped(event.getTitle())) {
            return new ForgeDelivery(slug, urls, null, "skip marker ([CI SKIP] or [SKIP CI])");
        }
        return new ForgeDelivery(slug, urls, event, null);
    }

    /**
     * A push of {@code ref} as Drone maps it: a tag is a {@code tag} event (action {@code created}), a branch a
     * {@code push} of that branch; any other ref builds nothing.
     */
    static ForgeDelivery push(String slug, List<String> urls, String ref, BuildEvent.Builder event) {
        if (ref.startsWith("refs/tags/")) {
            event.event("tag").action("created");
        } else if (ref.startsWith("refs/heads/")) {
            String branch = ref.substring("refs/heads/".length());
            event.event("push").branch(branch).sourceBranch(branch);
        } else {
            return ignore(slug, urls, "push to " + ref + " is neither a branch nor a tag");
        }
        return build(slug, urls, event.build());
    }

    /** A delivery about the repository that builds nothing, for {@code reason}. */
    static ForgeDelivery ignore(String slug, List<String> urls, String reason) {
        return new ForgeDelivery(slug, urls, null, reason);
    }

    /** Drone's skip markers: {@code [ci skip]} or {@code [skip ci]} in any case. */
    static boolean skipped(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return lower.contains("[ci skip]") || lower.contains("[skip ci]");
    }
}
