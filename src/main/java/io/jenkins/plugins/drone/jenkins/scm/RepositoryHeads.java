package io.jenkins.plugins.drone.jenkins.scm;

import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.engine.GitConnection;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;

/** Asks a repository where its branches and tags point ({@code git ls-remote}), without fetching anything. */
public final class RepositoryHeads {

    private RepositoryHeads() {}

    /** The commit {@code branch} of {@code url} points at, or null when there is no such branch. */
    public static String commitOf(String url, String branch, GitAuth auth) throws IOException {
        return refs(url, auth, LearnedHostKeys.forController()).get("refs/heads/" + branch);
    }

    /**
     * Every branch and tag of {@code url} ({@code refs/heads/*}, {@code refs/tags/*}) with its commit (an annotated
     * tag's peeled commit), in one call, read with {@code auth}.
     *
     * @throws IOException naming the URL, the credential and what the server said
     */
    public static Map<String, String> refs(String url, GitAuth auth, LearnedHostKeys hostKeys) throws IOException {
        try (GitConnection connection = GitConnection.open(auth, hostKeys.fileFor(auth))) {
            Map<String, String> refs = new TreeMap<>();
            try {
                for (Ref ref : connection.apply(Git.lsRemoteRepository().setRemote(url).setHeads(true).setTags(true))
                        .call()) {
                    ObjectId commit = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
                    if (commit != null && !ref.getName().endsWith("^{}")) {
                        refs.put(ref.getName(), commit.name());
                    }
                }
            } catch (GitAPIException | RuntimeException e) {
                throw new IOException(connection.failure("list the refs of", url, e), e);
            }
            return refs;
        }
    }

}
