package io.jenkins.plugins.drone.spec.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Proves the one byte-size rule: what it reads, how it writes, and that writing then reading keeps whole units. */
class ByteSizeTest {

    @Test
    void writesBinaryUnitsWithUpToFourDigits() {
        assertEquals("100MiB", ByteSize.format(104_857_600));
        assertEquals("1.177 MiB", ByteSize.display(1_234_567));
        assertEquals("2048PiB", ByteSize.format(2L << 60));
    }

    @Test
    void writingIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1.5 KiB", ByteSize.display(1536));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void readsWhatItWrites() {
        for (long bytes : new long[] {0, 1, 1536, 64L << 20, 3L << 30}) {
            assertEquals(bytes, ByteSize.parse(ByteSize.format(bytes)));
        }
        assertEquals(512L << 20, ByteSize.parse("512m"));
        assertEquals(-1, ByteSize.parse("lots"));
    }
}
