package io.jenkins.plugins.drone.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves ChangedFiles on real repositories made with JGit: a push lists what differs between before and after
// (added, modified, deleted, both paths of a rename, nothing for an empty commit); a pull request lists only what
// its branch changed since it left the target, not what the target did since; a force push is measured from the
// merge base; an unknown base (empty, zeros, not in the repository, unrelated history) gives null; and
// Repositories finds the repository from a sub-directory of its work tree.
class ChangedFilesTest {

    private static final String ZEROS = "0".repeat(40);

    @TempDir
    Path dir;

    private Git git;

    @BeforeEach
    void initialCommit() throws GitAPIException, IOException {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        commit(Map.of("README.md", "readme", "src/Main.java", "class Main {}", "docs/guide.md", "guide"), "initial");
    }

    @AfterEach
    void close() {
        git.close();
    }

    private String commit(Map<String, String> files, String message) throws GitAPIException, IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
            git.add().addFilepattern(file.getKey()).call();
        }
        return git.commit().setMessage(message).setAllowEmpty(true).setAuthor("Ada", "ada@example.com")
                .setCommitter("Ada", "ada@example.com").call().name();
    }

    private String remove(String path) throws GitAPIException, IOException {
        git.rm().addFilepattern(path).call();
        return commit(Map.of(), "remove " + path);
    }

    private String head() throws IOException {
        return git.getRepository().resolve("HEAD").name();
    }

    private List<String> between(String base, String head) throws IOException {
        return ChangedFiles.between(git.getRepository(), base, head);
    }

    @Test
    void aPushListsAddedModifiedAndDeletedFilesInPathOrder() throws Exception {
        String before = head();
        commit(Map.of("src/Main.java", "class Main { int x; }", "lib/new/Util.java", "class Util {}"), "change");
        String after = remove("docs/guide.md");
        assertEquals(List.of("docs/guide.md", "lib/new/Util.java", "src/Main.java"), between(before, after));
    }

    @Test
    void aRenameCountsItsOldAndItsNewPath() throws Exception {
        String before = head();
        Files.createDirectories(dir.resolve("manual"));
        Files.move(dir.resolve("docs/guide.md"), dir.resolve("manual/guide.md"));
        git.add().addFilepattern("manual/guide.md").call();
        git.rm().addFilepattern("docs/guide.md").call();
        String after = commit(Map.of(), "move the guide");
        assertEquals(List.of("docs/guide.md", "manual/guide.md"), between(before, after));
    }

    @Test
    void anEmptyCommitChangesNothing() throws Exception {
        String before = head();
        assertEquals(List.of(), between(before, commit(Map.of(), "nothing")));
    }

    @Test
    void aPullRequestListsOnlyWhatItsBranchChanged() throws Exception {
        git.branchCreate().setName("feature").call();
        commit(Map.of("README.md", "main moved on"), "on main");
        git.checkout().setName("feature").call();
        String head = commit(Map.of("src/Feature.java", "class Feature {}"), "feature");
        assertEquals(List.of("src/Feature.java"), between("main", head));
        assertEquals(List.of("src/Feature.java"), between("refs/heads/main", "feature"));
    }

    @Test
    void aForcePushIsMeasuredFromTheMergeBase() throws Exception {
        String start = head();
        String rewritten = commit(Map.of("src/Old.java", "class Old {}"), "to be rewritten");
        git.reset().setMode(ResetType.HARD).setRef(start).call();
        String after = commit(Map.of("src/New.java", "class New {}"), "force-pushed");
        assertEquals(List.of("src/New.java"), between(rewritten, after));
    }

    @Test
    void anUnknownBaseMeansEverythingChanged() throws Exception {
        String after = commit(Map.of("src/Main.java", "changed"), "change");
        assertNull(between("", after));
        assertNull(between(null, after));
        assertNull(between(ZEROS, after), "the before of a new branch");
        assertNull(between("1234567890abcdef1234567890abcdef12345678", after), "not in the repository");
        assertNull(between("no-such-branch", after));
        assertNull(between("main~~~~~~~~", after), "beyond the first commit");
        assertNull(between(head(), ZEROS), "no head");
    }

    @Test
    void unrelatedHistoriesHaveNoMergeBase() throws Exception {
        String main = head();
        git.checkout().setOrphan(true).setName("pages").call();
        git.rm().addFilepattern(".").call();
        String pages = commit(Map.of("index.html", "<p>"), "pages");
        assertNull(between(main, pages));
    }

    @Test
    void theRepositoryIsFoundFromASubDirectoryOfItsWorkTree(@TempDir Path elsewhere) throws Exception {
        String before = head();
        String after = commit(Map.of("src/Main.java", "changed"), "change");
        try (Repository found = Repositories.containing(dir.resolve("src"))) {
            assertNotNull(found);
            assertEquals(List.of("src/Main.java"), ChangedFiles.between(found, before, after));
        }
        assertNull(Repositories.containing(elsewhere));
    }
}
