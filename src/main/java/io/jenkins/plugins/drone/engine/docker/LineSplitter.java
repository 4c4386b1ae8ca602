package io.jenkins.plugins.drone.engine.docker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts one output stream's chunks into lines; a line split across chunks is joined before it is sent. A
 * line longer than {@link #MAX_LINE} bytes (progress bars that never print a newline) is sent in pieces, so
 * memory stays bounded.
 */
final class LineSplitter {

    static final int MAX_LINE = 64 * 1024;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final Consumer<String> lines;

    LineSplitter(Consumer<String> lines) {
        this.lines = lines;
    }

    void accept(byte[] chunk) {
        for (byte b : chunk) {
            if (b == '\n') {
                emit();
            } else {
                pending.write(b);
                if (pending.size() >= MAX_LINE) {
                    emit();
                }
            }
        }
    }

    /** Sends what is left when the stream ends without a final newline. */
    void flush() {
        if (pending.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String line = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        lines.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
}
