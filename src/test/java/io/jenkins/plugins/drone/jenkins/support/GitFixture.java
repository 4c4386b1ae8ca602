package io.jenkins.plugins.drone.jenkins.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** A real git repository on disk for integration tests: files committed on a branch with JGit. */
public final class GitFixture {

    private final File dir;

    private GitFixture(File dir) {
        this.dir = dir;
    }

    /** A new repository in {@code dir} with {@code files} committed on {@code branch}. */
    public static GitFixture create(File dir, String branch, Map<String, String> files) throws IOException, GitAPIException {
        try (Git git = Git.init().setDirectory(dir).setInitialBranch(branch).call()) {
            GitFixture fixture = new GitFixture(dir);
            fixture.commit(git, files, "initial commit");
            return fixture;
        }
    }

    /** Commits {@code files} on the current branch and returns the new commit id. */
    public String commit(Map<String, String> files, String message) throws IOException, GitAPIException {
        try (Git git = Git.open(dir)) {
            return commit(git, files, message);
        }
    }

    private String commit(Git git, Map<String, String> files, String message) throws IOException, GitAPIException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            File target = new File(dir, file.getKey());
            target.getParentFile().mkdirs();
            Files.writeString(target.toPath(), file.getValue(), StandardCharsets.UTF_8);
            git.add().addFilepattern(file.getKey()).call();
        }
        return git.commit().setMessage(message).setAuthor("Ada Lovelace", "ada@example.com")
                .setCommitter("Ada Lovelace", "ada@example.com").call().name();
    }

    /** The commit the current branch points at. */
    public String headCommit() throws IOException {
        try (Git git = Git.open(dir)) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    /** Creates {@code branch} at the current commit and checks it out. */
    public void newBranch(String branch) throws IOException, GitAPIException {
        try (Git git = Git.open(dir)) {
            git.checkout().setCreateBranch(true).setName(branch).call();
        }
    }

    /** Checks out the existing {@code branch}. */
    public void checkout(String branch) throws IOException, GitAPIException {
        try (Git git = Git.open(dir)) {
            git.checkout().setName(branch).call();
        }
    }

    /** Points {@code ref} (e.g. {@code refs/tags/v1}, {@code refs/pull/2/head}) at {@code commit}, as a forge does. */
    public void setRef(String ref, String commit) throws IOException {
        try (Git git = Git.open(dir)) {
            var update = git.getRepository().updateRef(ref);
            update.setNewObjectId(git.getRepository().resolve(commit));
            update.forceUpdate();
        }
    }

    /** The repository URL a job uses. */
    public String url() {
        return dir.toURI().toString();
    }
}
