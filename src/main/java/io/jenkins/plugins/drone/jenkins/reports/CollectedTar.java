package io.jenkins.plugins.drone.jenkins.reports;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The controller end of the stream the agent writes a pipeline's collected files to (a tar): kept in a file until
 * the agent closes the stream. Remote output can arrive after the agent's call has returned, so the reader waits
 * for {@link #awaitClosed} first.
 */
public final class CollectedTar extends OutputStream {

    private final File file;
    private final OutputStream out;
    private final CountDownLatch closed = new CountDownLatch(1);

    public CollectedTar(File file) throws IOException {
        this.file = file;
        file.getParentFile().mkdirs();
        this.out = new FileOutputStream(file);
    }

    /** Where the tar is kept. */
    public File file() {
        return file;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            closed.countDown();
        }
    }

    /** Waits until the agent has closed the stream; false when it did not in time. */
    public boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
        return closed.await(timeout, unit);
    }
}
