package io.jenkins.plugins.drone.jenkins.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Proves the human units the pages show and the badge's escaping and colours, without a Hudson. */
class FiguresAndBadgeTest {

    @Test
    void bytesUseBinaryUnitsAndUnknownIsEmpty() {
        assertEquals("", Figures.bytes(-1));
        assertEquals("0 B", Figures.bytes(0));
        assertEquals("1023 B", Figures.bytes(1023));
        assertEquals("1.5 KiB", Figures.bytes(1536));
        assertEquals("4.2 MiB", Figures.bytes(4_404_019));
    }

    @Test
    void durationsAreShortAndZeroIsEmpty() {
        assertEquals("", Figures.duration(0));
        assertEquals("0.5 s", Figures.duration(450));
        assertEquals("12 s", Figures.duration(12_300));
        assertEquals("1 min 23 s", Figures.duration(83_000));
        assertEquals("2 h 5 min", Figures.duration(7_500_000));
    }

    @Test
    void badgeEscapesItsWordsAndTakesTheStatusColour() {
        String svg = BadgeSvg.render("drone", "<failure>");
        assertTrue(svg.contains(">&lt;failure&gt;<"), svg);
        assertTrue(BadgeSvg.render("drone", "success").contains("fill=\"" + BuildStatus.color("success") + "\""));
    }
}
