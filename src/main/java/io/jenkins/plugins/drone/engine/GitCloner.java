package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan.CloneSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.URIish;

/**
 * The built-in clone, done by the engine with JGit on the host instead of a clone image
 * (docs/drone-semantics.md#clone). Branch build: fetch the branch, check out the commit as that branch. Tag or other
 * ref: fetch it, check out the commit detached. Pull request: check out the target branch and merge the pull
 * request's head into it ({@code --no-ff}), so the workspace holds the merge result. Tags and submodules are not
 * fetched. Works for remote URLs, local paths and {@code file://} repositories, with the repository's
 * {@link GitAuth} (docs/drone-semantics.md#clone-credentials); its key file lives outside the workspace and is
 * deleted when the clone ends.
 */
final class GitCloner {

    private static final String BUILD_REF = "refs/remotes/origin/build";
    private static final String TARGET_REF = "refs/remotes/origin/target";

    private final BuildContext build;
    private final CloneSpec spec;
    private final GitAuth auth;
    private final Consumer<String> log;

    GitCloner(BuildContext build, CloneSpec spec, GitAuth auth, Consumer<String> log) {
        this.build = build;
        this.spec = spec == null ? new CloneSpec(0, 0, false, false) : spec;
        this.auth = auth;
        this.log = log;
    }

    /** Clones into {@code dir} (which must be empty), logging {@code + git ...} lines like the clone image does. */
    void cloneInto(Path dir) throws GitAPIException, IOException {
        try (GitConnection connection = GitConnection.open(auth, null);
             Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("drone-clone").call()) {
            log.accept("+ git init");
            git.remoteAdd().setName("origin").setUri(new URIish(build.remoteUrl())).call();
            log.accept("+ git remote add origin " + build.remoteUrl());
            if (spec.skipVerify()) {
                StoredConfig config = git.getRepository().getConfig();
                config.setBoolean("http", null, "sslVerify", false);
                config.save();
            }
            if (build.event().equals("pull_request") && !build.branch().isEmpty()) {
                checkout(git, fetch(git, connection, "refs/heads/" + build.branch(), TARGET_REF), build.branch(), true);
                merge(git, fetch(git, connection, refOf(build), BUILD_REF));
            } else {
                String ref = refOf(build);
                ObjectId fetched = fetch(git, connection, ref, BUILD_REF);
                boolean branchBuild = ref.startsWith("refs/heads/");
                checkout(git, build.commit().isEmpty() ? fetched : resolve(git, build.commit()),
                        branchBuild ? ref.substring("refs/heads/".length()) : null, branchBuild);
            }
        } catch (URISyntaxException e) {
            throw new IOException("bad repository URL " + build.remoteUrl(), e);
        }
    }

    /** Fetches {@code ref} (with the clone depth, retried as configured) and returns the commit it points to. */
    private ObjectId fetch(Git git, GitConnection connection, String ref, String localRef) throws IOException {
        log.accept("+ git fetch " + (spec.depth() > 0 ? "--depth=" + spec.depth() + " " : "") + "origin +" + ref + ":");
        for (int attempt = 0; ; attempt++) {
            try {
                var fetch = connection.apply(git.fetch().setRemote("origin").setTagOpt(TagOpt.NO_TAGS)
                        .setRefSpecs(new RefSpec("+" + ref + ":" + localRef)));
                if (spec.depth() > 0) {
                    fetch.setDepth(spec.depth());
                }
                fetch.call();
                return resolve(git, localRef);
            } catch (GitAPIException e) {
                if (attempt >= spec.retries()) {
                    throw new IOException(connection.failure("fetch " + ref + " from", build.remoteUrl(), e), e);
                }
                log.accept("fetch failed (" + e.getMessage() + "), retrying");
            }
        }
    }

    private static ObjectId resolve(Git git, String revision) throws IOException {
        ObjectId id = git.getRepository().resolve(revision);
        if (id == null) {
            throw new IOException("cannot find " + revision + " in the fetched history");
        }
        return id;
    }

    private void checkout(Git git, ObjectId commit, String branch, boolean createBranch) throws GitAPIException {
        git.checkout().setName(createBranch ? branch : commit.name()).setCreateBranch(createBranch)
                .setStartPoint(commit.name()).setForced(true).call();
        log.accept("+ git checkout " + commit.name() + (createBranch ? " -b " + branch : ""));
    }

    private void merge(Git git, ObjectId head) throws GitAPIException, IOException {
        log.accept("+ git merge --no-ff " + head.name());
        String name = build.authorName().isEmpty() ? "drone" : build.authorName();
        String email = build.authorEmail().isEmpty() ? "noreply@drone" : build.authorEmail();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", name);
        config.setString("user", null, "email", email);
        config.save();
        MergeResult result = git.merge().include(head).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setCommit(true).setMessage("merge " + head.name()).call();
        if (!result.getMergeStatus().isSuccessful()) {
            throw new IOException("cannot merge the pull request: " + result.getMergeStatus());
        }
    }

    /** The ref to fetch: the build's ref, else its branch, else HEAD. */
    static String refOf(BuildContext build) {
        if (!build.ref().isEmpty()) {
            return build.ref();
        }
        return build.branch().isEmpty() ? "HEAD" : "refs/heads/" + build.branch();
    }
}
