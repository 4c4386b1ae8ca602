package io.jenkins.plugins.drone.jenkins.scm;

import hudson.model.Hudson;
import io.jenkins.plugins.drone.engine.GitAuth;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SSH host keys the controller accepted on first use, one {@code known_hosts} file per git credential that
 * allows it: trusted on every later access, and handed to the agents' clones, which check strictly against them.
 */
public final class LearnedHostKeys {

    private final File dir;

    /** @param dir where the files live */
    public LearnedHostKeys(File dir) {
        this.dir = dir;
    }

    /** The keys of this controller, under {@code $JENKINS_HOME/cache/drone-pipeline/known_hosts}. */
    public static LearnedHostKeys forController() {
        return new LearnedHostKeys(new File(Hudson.getInstance().getRootDir(), "cache/drone-pipeline/known_hosts"));
    }

    /** The file new keys of {@code auth} go to, or null when it checks strictly. */
    Path fileFor(GitAuth auth) throws IOException {
        if (!auth.acceptNewHostKeys()) {
            return null;
        }
        Files.createDirectories(dir.toPath());
        return dir.toPath().resolve(RepositoryReader.hash(auth.id()));
    }

    /** {@code auth} for an agent: strict, trusting the keys learned here as well as its own lines. */
    public GitAuth forAgent(GitAuth auth) throws IOException {
        Path file = fileFor(auth);
        if (file == null) {
            return auth;
        }
        String learned = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        GitAuth trusting = auth.withKnownHosts(learned);
        return new GitAuth(trusting.id(), trusting.username(), trusting.password(), trusting.privateKey(),
                trusting.passphrase(), trusting.knownHosts(), false, trusting.netrcForSteps());
    }
}
