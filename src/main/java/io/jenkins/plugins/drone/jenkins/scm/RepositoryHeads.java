package io.jenkins.plugins.drone.jenkins.scm;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;

/** Asks a repository where its branches and tags point ({@code git ls-remote}), without fetching anything. */
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

    /** Every branch and tag of {@code url} ({@code refs/heads/*}, {@code refs/tags/*}) with its commit, in one call. */
    public static Map<String, String> refs(String url) throws IOException {
        try {
            Map<String, String> refs = new TreeMap<>();
            for (Ref ref : Git.lsRemoteRepository().setRemote(url).setHeads(true).setTags(true)
                    .setTimeout(TIMEOUT_SECONDS).call()) {
                ObjectId commit = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
                if (commit != null && !ref.getName().endsWith("^{}")) {
                    refs.put(ref.getName(), commit.name());
                }
            }
            return refs;
        } catch (GitAPIException | RuntimeException e) {
            throw new IOException("cannot list the refs of " + url + ": " + e.getMessage(), e);
        }
    }
}
