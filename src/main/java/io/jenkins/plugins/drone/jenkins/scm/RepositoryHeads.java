package io.jenkins.plugins.drone.jenkins.scm;

import java.io.IOException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Ref;

/** Asks a repository where a branch points ({@code git ls-remote}), without fetching anything. */
public final class RepositoryHeads {

    private static final int TIMEOUT_SECONDS = 30;

    private RepositoryHeads() {}

    /** The commit {@code branch} of {@code url} points at, or null when there is no such branch. */
    public static String commitOf(String url, String branch) throws IOException {
        String ref = "refs/heads/" + branch;
        try {
            for (Ref head : Git.lsRemoteRepository().setRemote(url).setHeads(true).setTimeout(TIMEOUT_SECONDS).call()) {
                if (head.getName().equals(ref)) {
                    return head.getObjectId().name();
                }
            }
            return null;
        } catch (GitAPIException | RuntimeException e) {
            throw new IOException("cannot list the branches of " + url + ": " + e.getMessage(), e);
        }
    }
}
