package io.jenkins.plugins.drone.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Copies the files a {@link WorkspaceCollection} names out of a run's workspace, after its steps and before the
 * workspace is removed, as a tar of workspace-relative paths written to a sink. It never fails the run: a
 * workspace that cannot be read, or files over the bound, become warnings.
 */
final class WorkspaceCollector {

    private final RunContext run;
    private final WorkspaceCollection collection;
    private final OutputStream sink;
    /** Bytes collected so far, over every directory read. */
    private long total;

    WorkspaceCollector(RunContext run, WorkspaceCollection collection, OutputStream sink) {
        this.run = run;
        this.collection = collection;
        this.sink = sink;
    }

    /** Collects (when there is anything to) and closes the sink, so the receiver knows the tar is complete. */
    void collect() {
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(sink)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            if (!collection.isEmpty() && run.resources() != null) {
                String workspace = run.pipeline().workspace().fullPath();
                for (String root : collection.roots()) {
                    run.engine().readWorkspace(run.resources(), root.isEmpty() ? workspace : workspace + "/" + root,
                            tar -> filter(tar, out, root));
                }
            }
        } catch (IOException | EngineException e) {
            run.warn("cannot collect files from the workspace: " + e.getMessage());
        }
    }

    /** Copies the wanted files of a tar of the workspace directory {@code root} ("" for the workspace itself). */
    private void filter(InputStream tar, TarArchiveOutputStream out, String root) throws IOException {
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        for (TarArchiveEntry entry = in.getNextTarEntry(); entry != null; entry = in.getNextTarEntry()) {
            String below = relative(entry.getName());
            String path = root.isEmpty() || below.isEmpty() ? below : root + "/" + below;
            if (!entry.isFile() || path.isEmpty() || !collection.wants(path)) {
                continue;
            }
            if (total + entry.getSize() > collection.maxBytes()) {
                run.warn("not collected: " + path + " (" + entry.getSize() + " bytes) would exceed the limit of "
                        + collection.maxBytes() + " bytes per pipeline");
                continue;
            }
            TarArchiveEntry copy = new TarArchiveEntry(path);
            copy.setSize(entry.getSize());
            copy.setModTime(entry.getModTime());
            out.putArchiveEntry(copy);
            in.transferTo(out);
            out.closeArchiveEntry();
            total += entry.getSize();
        }
    }

    /** Docker names entries after the copied directory ({@code src/dist/app.txt}): the path below it. */
    private static String relative(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(slash + 1).replaceFirst("/+$", "");
    }
}
