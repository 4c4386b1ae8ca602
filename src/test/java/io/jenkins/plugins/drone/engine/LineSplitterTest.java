package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves lines split across chunks are joined, CRLF is trimmed, the tail is flushed, and huge lines are sent in
 * pieces marked as continuing that never cut a UTF-8 character in two.
 */
class LineSplitterTest {

    private final List<String> lines = new ArrayList<>();
    private final LineSplitter splitter = new LineSplitter((text, continues) -> lines.add(text + (continues ? "…" : "")));

    @Test
    void joinsChunksAndBoundsLines() {
        splitter.accept("hel".getBytes(StandardCharsets.UTF_8));
        splitter.accept("lo\r\nwor".getBytes(StandardCharsets.UTF_8));
        splitter.accept("ld\n".getBytes(StandardCharsets.UTF_8));
        splitter.accept("x".repeat(LineSplitter.MAX_LINE + 5).getBytes(StandardCharsets.UTF_8));
        splitter.flush();

        assertEquals(List.of("hello", "world", "x".repeat(LineSplitter.MAX_LINE) + "…", "xxxxx"), lines);
    }

    @Test
    void aPieceEndsBeforeACharacterItWouldCut() {
        String text = "a".repeat(LineSplitter.MAX_LINE - 1) + "é" + "b\n";
        splitter.accept(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("a".repeat(LineSplitter.MAX_LINE - 1) + "…", "éb"), lines);
    }

    @Test
    void manyLinesInOneChunk() {
        splitter.accept("one\ntwo\n\nthree\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("one", "two", "", "three"), lines);
    }
}
