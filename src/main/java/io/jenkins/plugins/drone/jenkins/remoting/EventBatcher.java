package io.jenkins.plugins.drone.jenkins.remoting;

import io.jenkins.plugins.drone.engine.PipelineEvent;
import io.jenkins.plugins.drone.engine.PipelineEvents;
import io.jenkins.plugins.drone.engine.PipelineListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The agent end of the event stream: collects each event as one JSON line and sends what has gathered in one
 * write to the controller, from its own thread, a few times a second and at once for events that change a
 * step's state. A flood of log lines thus travels in large chunks instead of one remote write per line, and
 * the threads that read containers' logs never block in (or get entangled with) the remote channel; they
 * wait only when {@link #MAX_PENDING} characters are already waiting to be sent.
 */
final class EventBatcher implements PipelineListener, AutoCloseable {

    /** How often gathered log lines are sent at the latest. */
    static final long FLUSH_MILLIS = 200;
    /** Most characters gathered before the engine's threads wait for the sender. */
    static final int MAX_PENDING = 4 * 1024 * 1024;
    private static final long CLOSE_MILLIS = 30_000;

    private final OutputStream out;
    private final Thread sender = new Thread(this::send, "drone-event-sender");
    private StringBuilder pending = new StringBuilder();
    private boolean urgent;
    private boolean closed;
    /** Held while the stream is written, so a {@link #reachesController()} probe never interleaves a write. */
    private final Object writing = new Object();

    EventBatcher(OutputStream events) {
        this.out = events;
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void on(PipelineEvent event) {
        String line = PipelineEvents.toJson(event);
        synchronized (this) {
            while (pending.length() > MAX_PENDING && !closed) {
                try {
                    wait(FLUSH_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            pending.append(line).append('\n');
            if (!(event instanceof PipelineEvent.StepLog)) {
                urgent = true;
                notifyAll();
            }
        }
    }

    /** The sender's loop: waits for an urgent event or the flush interval, then writes what has gathered. */
    private void send() {
        boolean last = false;
        while (!last) {
            String chunk;
            synchronized (this) {
                if (!urgent && !closed) {
                    try {
                        wait(FLUSH_MILLIS);
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
                last = closed;
                chunk = pending.toString();
                pending = new StringBuilder();
                urgent = false;
                notifyAll();
            }
            write(chunk);
        }
    }

    private void write(String chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        synchronized (writing) {
            try {
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // the controller is gone; the call finds out through reachesController()
            }
        }
    }

    /**
     * Whether the stream still reaches the controller: a remote stream whose channel has closed (the controller
     * died or the connection dropped) refuses a flush.
     */
    boolean reachesController() {
        synchronized (writing) {
            try {
                out.flush();
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Sends what is still gathered and stops the sender. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            sender.join(CLOSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
