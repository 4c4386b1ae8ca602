package io.jenkins.plugins.drone.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The files a build changed (docs/drone-semantics.md#changed-paths): the paths that differ between the merge base
 * of a base commit and the built commit, and the built commit; {@code null} when that cannot be known.
 */
public final class ChangedFiles {

    private ChangedFiles() {}

    /**
     * The changed files of {@code head} against {@code base}, in git's path order: for a push {@code base} is the
     * commit before it, for a pull request its target branch. Each may be a sha or a name {@code repo} resolves.
     * A rename gives its old and its new path (no rename detection: a rename is a deletion and an addition).
     * Only the trees on the way to a difference are read, so the cost follows the size of the diff, not of the
     * repository.
     *
     * @return the paths, or {@code null} ("everything changed") when {@code base} is empty or all zeros (a new
     *         branch), either commit is not in the repository, or the two have no merge base
     */
    public static List<String> between(Repository repo, String base, String head) throws IOException {
        ObjectId baseId = commit(repo, base);
        ObjectId headId = commit(repo, head);
        if (baseId == null || headId == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit headCommit = walk.parseCommit(headId);
            RevCommit mergeBase = mergeBase(walk, walk.parseCommit(baseId), headCommit);
            return mergeBase == null ? null : differing(repo, mergeBase.getTree(), headCommit.getTree());
        } catch (MissingObjectException e) {
            return null;
        }
    }

    private static ObjectId commit(Repository repo, String revision) throws IOException {
        if (revision == null || revision.isBlank() || revision.chars().allMatch(c -> c == '0')) {
            return null;
        }
        try {
            return repo.resolve(revision + "^{commit}");
        } catch (MissingObjectException | RevisionSyntaxException e) {
            return null;
        }
    }

    private static RevCommit mergeBase(RevWalk walk, RevCommit base, RevCommit head) throws IOException {
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(base);
        walk.markStart(head);
        RevCommit found = walk.next();
        if (found != null) {
            walk.parseHeaders(found);
        }
        return found;
    }

    private static List<String> differing(Repository repo, RevTree before, RevTree after) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(before);
            walk.addTree(after);
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF); // equal subtrees are skipped without being read
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }
}
