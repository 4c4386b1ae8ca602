package io.jenkins.plugins.drone.jenkins.forge;

import hudson.util.Secret;
import io.jenkins.plugins.drone.spec.Glob;
import java.util.List;
import java.util.Locale;

/**
 * The repository a Drone pipeline job builds, as its forge knows it: the forge's kind, the repository's
 * {@code owner/name}, the forge's API base URL, the API token (for statuses), the webhook secret, the
 * branch filter (globs; empty: every branch) and whether statuses go one per build (Drone's single status)
 * instead of one per pipeline. Tokens are {@link Secret}s: encrypted in {@code config.xml}, never shown.
 */
public final class ForgeLink {

    /** Stored as the kind's id ({@code github}...), so {@code config.xml} reads as the URLs do. */
    private final String kind;
    private final String slug;
    private final String apiUrl;
    private final Secret token;
    private final Secret webhookSecret;
    private final String branches;
    private final boolean statusPerBuild;

    public ForgeLink(ForgeKind kind, String slug, String apiUrl, Secret token, Secret webhookSecret) {
        this(kind, slug, apiUrl, token, webhookSecret, "", false);
    }

    /**
     * @param branches       globs separated by spaces, commas or new lines; a push builds when its branch matches one
     * @param statusPerBuild one status per build ({@code continuous-integration/drone/<event>})
     */
    public ForgeLink(ForgeKind kind, String slug, String apiUrl, Secret token, Secret webhookSecret,
                     String branches, boolean statusPerBuild) {
        this.kind = kind == null ? "" : kind.id();
        this.slug = slug == null ? "" : slug.trim();
        this.apiUrl = apiUrl == null ? "" : apiUrl.trim();
        this.token = token;
        this.webhookSecret = webhookSecret;
        this.branches = branches == null ? "" : branches.trim();
        this.statusPerBuild = statusPerBuild;
    }

    /** The forge's kind, or {@code null} when {@code config.xml} names none this version knows. */
    public ForgeKind getKind() {
        return ForgeKind.byId(kind);
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

    /** The branch filter as configured: globs separated by spaces, commas or new lines; empty for all. */
    public String getBranches() {
        return branches == null ? "" : branches;
    }

    /** Whether a push to {@code branch} builds: no filter, or one of its globs matches. */
    public boolean buildsBranch(String branch) {
        List<String> globs = List.of(getBranches().split("[\\s,]+"));
        return getBranches().isEmpty() || globs.stream().anyMatch(glob -> Glob.match(glob, branch));
    }

    /**
     * Whether a delivery from {@code forge} about {@code repositorySlug} (with these clone/web URLs) is about
     * this link's repository: the same kind, and the same {@code owner/name} in any case or a URL that
     * normalises to the job's repository URL.
     */
    public boolean isAbout(ForgeKind forge, String repositorySlug, List<String> urls, String jobRepositoryUrl) {
        if (forge != getKind()) {
            return false;
        }
        if (!slug.isEmpty() && slug.equalsIgnoreCase(repositorySlug)) {
            return true;
        }
        String job = normalisedUrl(jobRepositoryUrl);
        return !job.isEmpty() && urls.stream().anyMatch(url -> job.equals(normalisedUrl(url)));
    }

    /**
     * A repository URL without scheme, user, port, trailing slash and {@code .git}, in lower case, with the
     * SSH form {@code git@host:owner/name} read as {@code host/owner/name}: the forms of one repository agree.
     */
    static String normalisedUrl(String url) {
        String u = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        u = u.replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("^[^@/]+@", "");
        u = u.replaceFirst("^([^/:]+):(\\d+)(/|$)", "$1$3").replaceFirst("^([^/:]+):", "$1/");
        return u.replaceAll("/+$", "").replaceAll("\\.git$", "");
    }
}
