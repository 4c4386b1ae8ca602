package io.jenkins.plugins.drone.jenkins.forge;

import java.util.Locale;

/** The forges a job can be linked to; the id is the word used in URLs ({@code /drone-webhook/<id>}) and config. */
public enum ForgeKind {
    /** GitHub.com and GitHub Enterprise Server. */
    GITHUB,
    /** Gitea and Forgejo. */
    GITEA,
    /** GitLab.com and self-managed GitLab. */
    GITLAB,
    /** Bitbucket Cloud and Bitbucket Data Center. */
    BITBUCKET;

    /** The lower-case word: {@code github}, {@code gitea}, {@code gitlab}, {@code bitbucket}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id} (any case), or {@code null} when it names none. */
    public static ForgeKind byId(String id) {
        for (ForgeKind kind : values()) {
            if (kind.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return kind;
            }
        }
        return null;
    }
}
