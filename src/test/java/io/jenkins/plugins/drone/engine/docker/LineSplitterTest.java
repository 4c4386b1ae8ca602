package io.jenkins.plugins.drone.engine.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves lines split across chunks are joined, CRLF is trimmed, the tail is flushed and huge lines are cut. */
class LineSplitterTest {

    @Test
    void joinsChunksAndBoundsLines() {
        List<String> lines = new ArrayList<>();
        LineSplitter splitter = new LineSplitter(lines::add);
        splitter.accept("hel".getBytes(StandardCharsets.UTF_8));
        splitter.accept("lo\r\nwor".getBytes(StandardCharsets.UTF_8));
        splitter.accept("ld\n".getBytes(StandardCharsets.UTF_8));
        splitter.accept("x".repeat(LineSplitter.MAX_LINE + 5).getBytes(StandardCharsets.UTF_8));
        splitter.flush();

        assertEquals(List.of("hello", "world", "x".repeat(LineSplitter.MAX_LINE), "xxxxx"), lines);
    }
}
