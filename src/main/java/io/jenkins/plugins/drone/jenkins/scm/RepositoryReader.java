package io.jenkins.plugins.drone.jenkins.scm;

import hudson.model.Hudson;
import io.jenkins.plugins.drone.git.ChangedFiles;
import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.engine.GitConnection;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads what a build needs from the job's repository on the controller, before anything is scheduled: the
 * commit a ref points at, its metadata, the pipeline file at that commit and the files the event changed. Keeps
 * one bare mirror per repository under the cache directory and fetches into it incrementally, logging in with the
 * job's {@link GitAuth}.
 */
public final class RepositoryReader {

    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    private final File cacheRoot;
    private final LearnedHostKeys hostKeys;

    /**
     * @param cacheRoot directory for the bare mirrors (e.g. {@code $JENKINS_HOME/cache/drone-pipeline})
     * @param hostKeys  the host keys accepted on first use
     */
    public RepositoryReader(File cacheRoot, LearnedHostKeys hostKeys) {
        this.cacheRoot = cacheRoot;
        this.hostKeys = hostKeys;
    }

    /** The reader of this controller, mirroring under {@code $JENKINS_HOME/cache/drone-pipeline}. */
    public static RepositoryReader forController() {
        return new RepositoryReader(new File(Hudson.getInstance().getRootDir(), "cache/drone-pipeline"),
                LearnedHostKeys.forController());
    }

    /** The commit at {@code ref} and the content of {@code path} there (null when the file is absent). */
    public record Snapshot(String commit, String authorName, String authorEmail, String message, String file) {}

    /**
     * Fetches {@code ref} ({@code refs/heads/main}, {@code refs/tags/v1}) from {@code url} and reads
     * {@code path} at the fetched commit, logging in with {@code auth}.
     *
     * @throws IOException with a message a user can act on (unknown ref, unreachable repository, which credential
     *                     the server refused and what it said)
     */
    public Snapshot read(String url, String ref, String path, GitAuth auth) throws IOException {
        return read(url, ref, "", path, auth);
    }

    /**
     * Fetches {@code ref} from {@code url} and reads {@code path} at {@code commit}, which the fetch must have
     * brought (an event's commit, while the ref may have moved on since; Bitbucket Cloud abbreviates it to 12 hex
     * digits); an empty commit means the ref's head. Only hex digits are taken, never a revision expression.
     *
     * @throws IOException with a message a user can act on (unknown ref or commit, unreachable repository, which
     *                     credential the server refused and what it said)
     */
    public Snapshot read(String url, String ref, String commit, String path, GitAuth auth) throws IOException {
        if (!commit.isEmpty() && !commit.matches("[0-9a-f]{7,64}")) {
            throw new IOException("not a commit id: " + commit);
        }
        return inMirror(url, git -> {
            fetch(git, auth, url, ref);
            Repository repo = git.getRepository();
            ObjectId id = repo.resolve((commit.isEmpty() ? ref : commit) + "^{commit}");
            if (id == null) {
                throw new IOException((commit.isEmpty() ? ref : "commit " + commit + " of " + ref)
                        + " does not exist in " + url);
            }
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit found = walk.parseCommit(id);
                return new Snapshot(id.name(), found.getAuthorIdent().getName(),
                        found.getAuthorIdent().getEmailAddress(), found.getFullMessage(),
                        readFile(repo, found, path));
            }
        });
    }

    /**
     * The files a push changed ({@link ChangedFiles}, docs/drone-semantics.md#changed-paths), from the mirror of
     * {@code url}: call it after {@link #read} fetched the pushed ref. {@code null} ("everything changed") when
     * {@code before} is empty or zeros (a new branch) or not in the mirror (a force push over history it never saw).
     */
    public List<String> changedFiles(String url, String before, String after) throws IOException {
        return inMirror(url, git -> ChangedFiles.between(git.getRepository(), before, after));
    }

    /**
     * The files a pull request changed: fetches {@code targetBranch} (a branch name such as {@code main}) from
     * {@code url} with {@code auth}, then compares {@code head}, fetched before by {@link #read} of the pull
     * request's ref, with its merge base. {@code null} when the two share no history.
     */
    public List<String> changedFilesOfPullRequest(String url, String targetBranch, String head, GitAuth auth)
            throws IOException {
        String target = "refs/heads/" + targetBranch;
        return inMirror(url, git -> {
            fetch(git, auth, url, target);
            return ChangedFiles.between(git.getRepository(), target, head);
        });
    }

    /** Work on the bare mirror of one repository, which holds its lock meanwhile. */
    private interface MirrorWork<T> {
        T in(Git git) throws IOException;
    }

    private <T> T inMirror(String url, MirrorWork<T> work) throws IOException {
        File mirror = new File(cacheRoot, hash(url) + ".git");
        synchronized (LOCKS.computeIfAbsent(mirror.getAbsolutePath(), k -> new Object())) {
            try (Git git = open(mirror)) {
                return work.in(git);
            } catch (GitAPIException | RuntimeException e) {
                throw new IOException("cannot open the mirror of " + url + ": " + e.getMessage(), e);
            }
        }
    }

    private void fetch(Git git, GitAuth auth, String url, String ref) throws IOException {
        try (GitConnection connection = GitConnection.open(auth, hostKeys.fileFor(auth))) {
            try {
                connection.apply(git.fetch().setRemote(url).setRefSpecs(new RefSpec("+" + ref + ":" + ref))).call();
            } catch (GitAPIException | RuntimeException e) {
                throw new IOException(connection.failure("fetch " + ref + " from", url, e), e);
            }
        }
    }

    private static Git open(File mirror) throws GitAPIException, IOException {
        if (new File(mirror, "HEAD").isFile()) {
            return Git.open(mirror);
        }
        return Git.init().setBare(true).setGitDir(mirror).call();
    }

    private static String readFile(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, commit.getTree())) {
            if (walk == null) {
                return null;
            }
            return new String(repo.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A short file name for {@code text} (a URL, a credential id). */
    static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return String.format("%064x", new BigInteger(1, digest)).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
