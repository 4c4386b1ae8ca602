package io.jenkins.plugins.drone.engine;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decorates a listener so that each step's log keeps at most {@code limit} bytes: its first half as it comes,
 * and its last half, held back while the step runs, after a line saying how much was cut and where
 * (docs/drone-semantics.md#log-limit). A runaway step then costs neither the agent's memory nor the
 * controller's disk more than the limit. A limit of 0 keeps everything.
 */
public final class LogLimiter implements PipelineListener {

    private final long head;
    private final long tail;
    private final PipelineListener delegate;
    private final Map<String, StepLog> steps = new HashMap<>();

    /** Passes on at most {@code limitBytes} of each step's log (0: no limit) to {@code delegate}. */
    public LogLimiter(long limitBytes, PipelineListener delegate) {
        this.head = limitBytes / 2;
        this.tail = limitBytes - head;
        this.delegate = delegate;
    }

    @Override
    public synchronized void on(PipelineEvent event) {
        if (head + tail > 0 && event instanceof PipelineEvent.StepLog log) {
            steps.computeIfAbsent(log.step(), name -> new StepLog()).add(log);
        } else if (event instanceof PipelineEvent.StepFinished finished) {
            StepLog log = steps.remove(finished.step());
            if (log != null) {
                log.end(finished);
            }
            delegate.on(event);
        } else {
            delegate.on(event);
        }
    }

    /** Bytes a line takes in the log file (UTF-8, with its newline). */
    static long size(PipelineEvent.StepLog log) {
        long bytes = log.continues() ? 0 : 1;
        String text = log.line();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** One step's log: how much passed, and the tail held back once the head is full. */
    private final class StepLog {

        private long passed;
        private long lines;
        private boolean openLine;
        private boolean cutting;
        private long cutAfterLine;
        private final ArrayDeque<PipelineEvent.StepLog> held = new ArrayDeque<>();
        private long heldBytes;
        private long cutBytes;
        private long cutLines;

        void add(PipelineEvent.StepLog log) {
            long size = size(log);
            if (!cutting && passed + size <= head) {
                passed += size;
                lines += log.continues() ? 0 : 1;
                openLine = log.continues();
                delegate.on(log);
                return;
            }
            if (!cutting) {
                cutting = true;
                cutAfterLine = lines;
                note(log, "[drone-pipeline] this step's log passed " + megabytes(head) + "; only its last "
                        + megabytes(tail) + " are kept from here (the log limit is " + megabytes(head + tail) + ")");
            }
            held.add(log);
            heldBytes += size;
            while (heldBytes > tail && !held.isEmpty()) {
                PipelineEvent.StepLog dropped = held.removeFirst();
                long bytes = size(dropped);
                heldBytes -= bytes;
                cutBytes += bytes;
                cutLines += dropped.continues() ? 0 : 1;
            }
        }

        void end(PipelineEvent.StepFinished finished) {
            if (!cutting) {
                return;
            }
            if (cutBytes == 0) {
                held.forEach(delegate::on);
                return;
            }
            PipelineEvent.StepLog at = new PipelineEvent.StepLog(finished.step(), "", finished.finishedMillis(), false);
            delegate.on(at.withLine(String.format(Locale.ROOT,
                    "[drone-pipeline] %,d bytes (%,d lines) of this step's log were cut here, after line %,d;"
                            + " its last %,d bytes follow", cutBytes, cutLines, cutAfterLine, heldBytes), false));
            held.forEach(delegate::on);
        }

        /** A line of its own, after the piece of a long line the head may have ended with. */
        private void note(PipelineEvent.StepLog log, String text) {
            if (openLine) {
                delegate.on(log.withLine("", false));
            }
            delegate.on(log.withLine(text, false));
        }
    }
}
