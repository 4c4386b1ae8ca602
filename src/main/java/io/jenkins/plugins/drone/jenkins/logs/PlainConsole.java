package io.jenkins.plugins.drone.jenkins.logs;

import hudson.console.ConsoleNote;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The build's console for everything the plugin writes there (step output, pipeline names, YAML problems):
 * plain text, never console notes. A serialized note is Jenkins' escape code {@code ESC[8mha:} followed by
 * data the console page deserializes and renders; here the escape character of every such preamble is
 * dropped, so the note shows as the text it is.
 */
public final class PlainConsole extends FilterOutputStream {

    private static final byte[] PREAMBLE = ConsoleNote.PREAMBLE_STR.getBytes(StandardCharsets.US_ASCII);

    /** How many bytes of {@link #PREAMBLE} the bytes written last have matched (held back until decided). */
    private int matched;

    private PlainConsole(OutputStream out) {
        super(out);
    }

    /** A print stream onto {@code console} that neutralises console notes in what is printed. */
    public static PrintStream of(PrintStream console) {
        return new PrintStream(new PlainConsole(console), true);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (b == PREAMBLE[matched]) {
            matched++;
            if (matched == PREAMBLE.length) {
                out.write(PREAMBLE, 1, PREAMBLE.length - 1);
                matched = 0;
            }
            return;
        }
        if (matched > 0) {
            out.write(PREAMBLE, 0, matched);
            matched = 0;
            write(b);
            return;
        }
        out.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        int from = offset;
        for (int i = offset; i < offset + length; i++) {
            if (matched > 0 || bytes[i] == PREAMBLE[0]) {
                out.write(bytes, from, i - from);
                write(bytes[i]);
                from = i + 1;
            }
        }
        out.write(bytes, from, offset + length - from);
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }
}
