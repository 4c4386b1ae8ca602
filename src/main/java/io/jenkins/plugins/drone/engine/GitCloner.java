package io.jenkins.plugins.drone.engine;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan.CloneSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;

/**
 * The built-in clone, done by the engine with JGit on the host instead of a clone image (drone-yaml.md §9.2):
 * init, fetch the build's ref (with the clone depth), check out the commit; a branch build gets a local
 * branch of that name. Works for remote URLs, local paths and {@code file://} repositories.
 */
final class GitCloner {

    private GitCloner() {}

    /** Clones into {@code dir} (which must be empty), logging {@code + git ...} lines like the clone image does. */
    static void cloneInto(Path dir, BuildContext build, CloneSpec spec, Consumer<String> log)
            throws GitAPIException, IOException {
        String ref = refOf(build);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("drone-clone").call()) {
            log.accept("+ git init");
            git.remoteAdd().setName("origin").setUri(new URIish(build.remoteUrl())).call();
            log.accept("+ git remote add origin " + build.remoteUrl());
            FetchCommand fetch = git.fetch().setRemote("origin").setTagOpt(org.eclipse.jgit.transport.TagOpt.NO_TAGS)
                    .setRefSpecs(new RefSpec("+" + ref + ":refs/remotes/origin/build"));
            if (spec != null && spec.depth() > 0) {
                fetch.setDepth(spec.depth());
            }
            log.accept("+ git fetch " + (spec != null && spec.depth() > 0 ? "--depth=" + spec.depth() + " " : "")
                    + "origin +" + ref + ":");
            fetch.call();
            Repository repo = git.getRepository();
            String target = build.commit().isEmpty() ? "refs/remotes/origin/build" : build.commit();
            ObjectId commit = repo.resolve(target);
            if (commit == null) {
                throw new IOException("commit " + target + " is not in " + ref);
            }
            boolean branchBuild = ref.startsWith("refs/heads/");
            String branch = branchBuild ? ref.substring("refs/heads/".length()) : null;
            git.checkout().setName(branchBuild ? branch : commit.name()).setCreateBranch(branchBuild)
                    .setStartPoint(commit.name()).setForced(true).call();
            log.accept("+ git checkout " + commit.name() + (branchBuild ? " -b " + branch : ""));
        } catch (java.net.URISyntaxException e) {
            throw new IOException("bad repository URL " + build.remoteUrl(), e);
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
