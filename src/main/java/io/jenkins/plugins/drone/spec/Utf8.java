package io.jenkins.plugins.drone.spec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding that can say where the first invalid byte is. */
final class Utf8 {

    private Utf8() {}

    static Optional<String> decode(String fileName, byte[] bytes) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        return firstBadByte(bytes, out) < 0 ? Optional.of(out.flip().toString()) : Optional.empty();
    }

    static Diagnostic problem(String fileName, byte[] bytes) {
        int bad = firstBadByte(bytes, CharBuffer.allocate(bytes.length));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Diagnostic.error(new Position(fileName, line, bad - lineStart + 1, ""),
                String.format("invalid UTF-8 (byte 0x%02x): save the file as UTF-8", bytes[bad] & 0xff));
    }

    /** Offset of the first invalid byte, or -1; decoded characters go to {@code out}. */
    private static int firstBadByte(byte[] bytes, CharBuffer out) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        return decoder.flush(out).isError() ? in.position() : -1;
    }
}
