package io.jenkins.plugins.drone.jenkins.run;

import io.jenkins.plugins.drone.engine.RunRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

/**
 * Keeps what a pipeline's run needs to be resumed in its log directory ({@code request.ser}): its
 * {@link RunRequest} without secrets, registry or git credentials. It is the request's own serial form (its JSON
 * text in a string); reading accepts nothing else. At resume the credentials are resolved again from the job.
 */
final class StoredRequests {

    private static final String FILE = "request.ser";
    private static final ObjectInputFilter ONLY_REQUESTS = info -> info.serialClass() == null
            || info.serialClass() == String.class || info.serialClass().getName().startsWith(RunRequest.class.getName())
            ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;

    private StoredRequests() {}

    /** Writes {@code request} without its secrets into {@code logDir}, replacing what was there at once. */
    static void store(File logDir, RunRequest request) throws IOException {
        RunRequest bare = request.withoutCredentials();
        Files.createDirectories(logDir.toPath());
        File temp = new File(logDir, FILE + ".tmp");
        try (OutputStream file = Files.newOutputStream(temp.toPath()); ObjectOutputStream out = new ObjectOutputStream(file)) {
            out.writeObject(bare);
        }
        Files.move(temp.toPath(), new File(logDir, FILE).toPath(), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** The request stored in {@code logDir} (without secrets), or null when there is none. */
    static RunRequest load(File logDir) throws IOException {
        File file = new File(logDir, FILE);
        if (!file.isFile()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file.toPath()); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_REQUESTS);
            return (RunRequest) objects.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("unreadable " + file + ": " + e.getMessage(), e);
        }
    }
}
