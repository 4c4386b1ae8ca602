package io.jenkins.plugins.drone.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Cuts one output stream's chunks into lines; a line split across chunks is joined before it is sent. A
 * line longer than {@link #MAX_LINE} bytes (progress bars that never print a newline) is sent in pieces
 * marked as continuing, so memory stays bounded. A piece never ends inside a UTF-8 sequence.
 */
public final class LineSplitter {

    public static final int MAX_LINE = 64 * 1024;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final LogSink lines;

    public LineSplitter(LogSink lines) {
        this.lines = lines;
    }

    public void accept(byte[] chunk) {
        int from = 0;
        while (from < chunk.length) {
            int newline = indexOf(chunk, from, Math.min(chunk.length, from + MAX_LINE - pending.size()));
            if (newline >= 0) {
                pending.write(chunk, from, newline - from);
                emit(pending.toByteArray(), false);
                pending.reset();
                from = newline + 1;
            } else {
                int take = Math.min(chunk.length - from, MAX_LINE - pending.size());
                pending.write(chunk, from, take);
                from += take;
                if (pending.size() >= MAX_LINE) {
                    emitPiece();
                }
            }
        }
    }

    /** Sends what is left when the stream ends without a final newline. */
    public void flush() {
        if (pending.size() > 0) {
            emit(pending.toByteArray(), false);
            pending.reset();
        }
    }

    private static int indexOf(byte[] chunk, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Sends a full piece up to its last whole UTF-8 character and keeps the rest for the next piece. */
    private void emitPiece() {
        byte[] bytes = pending.toByteArray();
        int cut = wholeCharacters(bytes);
        pending.reset();
        pending.write(bytes, cut, bytes.length - cut);
        byte[] piece = new byte[cut];
        System.arraycopy(bytes, 0, piece, 0, cut);
        emit(piece, true);
    }

    /** The length of {@code bytes} without a UTF-8 sequence that is cut off at its end. */
    private static int wholeCharacters(byte[] bytes) {
        int lead = bytes.length - 1;
        while (lead > 0 && bytes.length - lead < 4 && (bytes[lead] & 0xC0) == 0x80) {
            lead--;
        }
        int b = bytes[lead] & 0xFF;
        int size = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return lead + size > bytes.length ? lead : bytes.length;
    }

    private void emit(byte[] bytes, boolean continues) {
        boolean crlf = !continues && bytes.length > 0 && bytes[bytes.length - 1] == '\r';
        int length = crlf ? bytes.length - 1 : bytes.length;
        lines.accept(new String(bytes, 0, length, StandardCharsets.UTF_8), continues);
    }
}
