package io.jenkins.plugins.drone.jenkins.forge;

import hudson.util.Secret;

/**
 * The repository a Drone pipeline job builds, as its forge knows it: the forge's kind, the repository's
 * {@code owner/name}, the forge's API base URL, the API token (for statuses) and the webhook secret. Tokens
 * are {@link Secret}s: encrypted in {@code config.xml}, never shown. Statuses go one per pipeline unless
 * {@code statusPerBuild} asks for Drone's single status per build.
 */
public final class ForgeLink {

    private final ForgeKind kind;
    private final String slug;
    private final String apiUrl;
    private final Secret token;
    private final Secret webhookSecret;
    private final boolean statusPerBuild;

    public ForgeLink(ForgeKind kind, String slug, String apiUrl, Secret token, Secret webhookSecret) {
        this(kind, slug, apiUrl, token, webhookSecret, false);
    }

    public ForgeLink(ForgeKind kind, String slug, String apiUrl, Secret token, Secret webhookSecret,
                     boolean statusPerBuild) {
        this.kind = kind;
        this.slug = slug == null ? "" : slug.trim();
        this.apiUrl = apiUrl == null ? "" : apiUrl.trim();
        this.token = token;
        this.webhookSecret = webhookSecret;
        this.statusPerBuild = statusPerBuild;
    }

    public ForgeKind getKind() {
        return kind;
    }

    /** {@code owner/name} (GitLab: {@code group/subgroup/name}). */
    public String getSlug() {
        return slug;
    }

    /** API base URL, e.g. {@code https://api.github.com} or {@code https://gitea.example/api/v1}. */
    public String getApiUrl() {
        return apiUrl;
    }

    public Secret getToken() {
        return token;
    }

    public Secret getWebhookSecret() {
        return webhookSecret;
    }

    /** One status per build ({@code continuous-integration/drone/<event>}) instead of one per pipeline. */
    public boolean isStatusPerBuild() {
        return statusPerBuild;
    }
}
