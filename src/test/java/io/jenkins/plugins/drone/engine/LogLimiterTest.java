package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Proves a step's log keeps its first and last half of the limit with a line saying how much was cut after
 * which line, that other steps and logs under the limit pass unchanged, and that 0 keeps everything.
 */
class LogLimiterTest {

    private final RecordingListener events = new RecordingListener();

    @Test
    void keepsTheBeginningAndTheEndAndSaysWhatWasCut() {
        LogLimiter limiter = new LogLimiter(100, events);
        // 30 lines of 10 bytes each (9 characters and the newline): 300 bytes
        IntStream.range(0, 30).forEach(i -> limiter.on(line("big", String.format("line %04d", i))));
        limiter.on(line("small", "hello"));
        limiter.on(finished("small"));
        limiter.on(finished("big"));

        List<String> big = events.lines("big");
        assertEquals(List.of("line 0000", "line 0001", "line 0002", "line 0003", "line 0004"), big.subList(0, 5));
        assertTrue(big.get(5).startsWith("[drone-pipeline] this step's log passed 0.0 MB"), big.get(5));
        assertEquals("[drone-pipeline] 200 bytes (20 lines) of this step's log were cut here, after line 5;"
                + " its last 50 bytes follow", big.get(6));
        assertEquals(List.of("line 0025", "line 0026", "line 0027", "line 0028", "line 0029"), big.subList(7, 12));
        assertEquals(12, big.size());
        assertEquals(List.of("hello"), events.lines("small"));
        assertTrue(events.events.get(events.events.size() - 1) instanceof PipelineEvent.StepFinished,
                "the tail comes before the step's end");
    }

    @Test
    void noLimitKeepsEverything() {
        LogLimiter limiter = new LogLimiter(0, events);
        IntStream.range(0, 1000).forEach(i -> limiter.on(line("s", "x".repeat(100))));
        limiter.on(finished("s"));

        assertEquals(1000, events.lines("s").size());
    }

    @Test
    void aHeadEndingInsideALongLineClosesItBeforeTheNote() {
        LogLimiter limiter = new LogLimiter(20, events);
        limiter.on(new PipelineEvent.StepLog("s", "12345678", 1, true));
        limiter.on(new PipelineEvent.StepLog("s", "abcdefgh", 2, true));
        limiter.on(finished("s"));

        List<PipelineEvent.StepLog> logs = new ArrayList<>();
        events.events.stream().filter(e -> e instanceof PipelineEvent.StepLog).forEach(e -> logs.add((PipelineEvent.StepLog) e));
        assertTrue(logs.get(0).continues());
        assertEquals("", logs.get(1).line());
        assertTrue(!logs.get(1).continues() && logs.get(2).line().startsWith("[drone-pipeline] this step's log passed"));
    }

    private static PipelineEvent.StepLog line(String step, String text) {
        return new PipelineEvent.StepLog(step, text, 1, false);
    }

    private static PipelineEvent.StepFinished finished(String step) {
        return new PipelineEvent.StepFinished(step, 1, StepStatus.SUCCESS, 0, 1, 2, -1, -1, -1, "", List.of());
    }
}
