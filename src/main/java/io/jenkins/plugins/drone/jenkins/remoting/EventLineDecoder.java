package io.jenkins.plugins.drone.jenkins.remoting;

import io.jenkins.plugins.drone.engine.PipelineEvent;
import io.jenkins.plugins.drone.engine.PipelineEvents;
import io.jenkins.plugins.drone.engine.PipelineListener;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The controller end of {@link RunPipelineCallable}'s event stream: cuts the chunks it receives into lines,
 * turns each into a {@link PipelineEvent} and hands it on. Remote output can arrive after the call has returned (a
 * busy controller may still be working through a large log's backlog), so callers wait for {@link #awaitFinished}
 * before they read the final state.
 */
public final class EventLineDecoder extends OutputStream {

    private final PipelineListener listener;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final CountDownLatch finished = new CountDownLatch(1);
    /** When the last chunk arrived ({@link System#nanoTime()}). */
    private volatile long lastWriteNanos = System.nanoTime();

    public EventLineDecoder(PipelineListener listener) {
        this.listener = listener;
    }

    @Override
    public synchronized void write(int b) {
        lastWriteNanos = System.nanoTime();
        if (b == '\n') {
            dispatch();
        } else {
            line.write(b);
        }
    }

    /** Cuts a whole chunk at its newlines, copying each line's bytes at once. */
    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        lastWriteNanos = System.nanoTime();
        int from = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, from, i - from);
                dispatch();
                from = i + 1;
            }
        }
        line.write(bytes, from, offset + length - from);
    }

    /**
     * Waits until the pipeline-finished event has arrived, for as long as events keep coming: false once nothing has
     * arrived for {@code quiet} without that event.
     */
    public boolean awaitFinished(long quiet, TimeUnit unit) throws InterruptedException {
        long quietNanos = unit.toNanos(quiet);
        while (true) {
            long left = quietNanos - (System.nanoTime() - lastWriteNanos);
            if (left <= 0) {
                return finished.getCount() == 0;
            }
            if (finished.await(left, TimeUnit.NANOSECONDS)) {
                return true;
            }
        }
    }

    private void dispatch() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.isBlank()) {
            return;
        }
        PipelineEvent event;
        try {
            event = PipelineEvents.fromJson(text);
        } catch (RuntimeException e) {
            listener.on(new PipelineEvent.Warning("unreadable event from the agent: " + e.getMessage()));
            return;
        }
        listener.on(event);
        if (event instanceof PipelineEvent.PipelineFinished) {
            finished.countDown();
        }
    }
}
