package io.jenkins.plugins.drone.jenkins.forge;

/** The payload parser of each forge. */
public final class WebhookPayloads {

    private static final PayloadParser GITEA = new GithubPayloads("gitea", "X-Gitea-Event", "X-Gitea-Delivery");
    private static final PayloadParser GITLAB = new GitlabPayloads();
    private static final PayloadParser BITBUCKET = new BitbucketPayloads();

    private WebhookPayloads() {}

    /** How deliveries of the forge of {@code kind} read. */
    public static PayloadParser of(ForgeKind kind) {
        return switch (kind) {
            case GITHUB -> GithubPayloads.GITHUB;
            case GITEA -> GITEA;
            case GITLAB -> GITLAB;
            case BITBUCKET -> BITBUCKET;
        };
    }
}
