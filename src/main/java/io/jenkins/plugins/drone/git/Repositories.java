package io.jenkins.plugins.drone.git;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Finds the git repository a directory belongs to, as {@code git} does from a working directory. */
public final class Repositories {

    private Repositories() {}

    /**
     * The repository of {@code dir}: the one whose work tree or git directory is {@code dir} or one of its
     * parents, or {@code null} when there is none. The caller closes it.
     */
    public static Repository containing(Path dir) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
        return builder.getGitDir() == null ? null : builder.build();
    }
}
