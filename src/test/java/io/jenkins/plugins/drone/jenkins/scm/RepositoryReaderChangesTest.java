package io.jenkins.plugins.drone.jenkins.scm;

import io.jenkins.plugins.drone.engine.GitAuth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves the controller's changed files on a real upstream repository read through RepositoryReader's bare mirror:
// a push's files from before to after once read() fetched the branch, null for a new branch (zeros) or a before
// the mirror never saw; a pull request's files from its merge base with the target branch, which the reader
// fetches itself, so what the target did since does not count.
class RepositoryReaderChangesTest {

    @TempDir
    Path upstream;

    @TempDir
    File cache;

    @Test
    void aPushIsComparedInTheMirror() throws Exception {
        GitFixture repo = GitFixture.create(upstream.toFile(), "main", Map.of(".drone.yml", "kind: pipeline\n",
                "docs/guide.md", "guide"));
        RepositoryReader reader = new RepositoryReader(cache, new LearnedHostKeys(new File(cache, "known_hosts")));
        String before = reader.read(repo.url(), "refs/heads/main", ".drone.yml", GitAuth.NONE).commit();
        repo.commit(Map.of("src/Main.java", "class Main {}"), "add main");
        repo.commit(Map.of("docs/guide.md", "guide, changed"), "edit the guide");
        String after = reader.read(repo.url(), "refs/heads/main", ".drone.yml", GitAuth.NONE).commit();

        assertEquals(List.of("docs/guide.md", "src/Main.java"), reader.changedFiles(repo.url(), before, after));
        assertNull(reader.changedFiles(repo.url(), "0".repeat(40), after), "a new branch");
        assertNull(reader.changedFiles(repo.url(), "1234567890abcdef1234567890abcdef12345678", after));
    }

    @Test
    void aPullRequestIsComparedWithItsTargetBranch() throws Exception {
        GitFixture repo = GitFixture.create(upstream.toFile(), "main", Map.of(".drone.yml", "kind: pipeline\n"));
        try (Git git = Git.open(upstream.toFile())) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            String head = repo.commit(Map.of("src/Feature.java", "class Feature {}"), "feature");
            RefUpdate pullRequest = git.getRepository().updateRef("refs/pull/3/head");
            pullRequest.setNewObjectId(ObjectId.fromString(head));
            assertEquals(RefUpdate.Result.NEW, pullRequest.update());
            git.checkout().setName("main").call();
            repo.commit(Map.of("README.md", "main moved on"), "on main");

            RepositoryReader reader = new RepositoryReader(cache, new LearnedHostKeys(new File(cache, "known_hosts")));
            assertEquals(head, reader.read(repo.url(), "refs/pull/3/head", ".drone.yml", GitAuth.NONE).commit());
            assertEquals(List.of("src/Feature.java"), reader.changedFilesOfPullRequest(repo.url(), "main", head, GitAuth.NONE));
        }
    }
}
