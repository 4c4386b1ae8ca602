package io.jenkins.plugins.drone.jenkins.remoting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.engine.PipelineEvent;
import io.jenkins.plugins.drone.engine.PipelineEvents;
import io.jenkins.plugins.drone.engine.StepStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves the controller end decodes events written in batches: many lines in one chunk, a line split across
 * chunks at any byte (inside a UTF-8 character too), and a line that is not an event becomes a warning; and that
 * the wait for the last event lasts as long as events keep coming, however long that is, and gives up only once
 * they stop.
 */
class EventLineDecoderTest {

    private static final PipelineEvent LOG_LINE = new PipelineEvent.StepLog("build", "x", 1L, false);

    /** An event as the agent sends it: its JSON and a newline. */
    private static byte[] line(PipelineEvent event) {
        return (PipelineEvents.toJson(event) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(EventLineDecoder decoder, PipelineEvent event) {
        byte[] bytes = line(event);
        decoder.write(bytes, 0, bytes.length);
    }

    @Test
    void decodesBatchesCutAnywhere() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        List<PipelineEvent> sent = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            sent.add(new PipelineEvent.StepLog("build", "line " + i + " é ✓", 1000L + i, i % 7 == 0));
        }
        for (PipelineEvent event : sent) {
            wire.write(line(event));
        }
        wire.write("not json\n".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = wire.toByteArray();

        List<PipelineEvent> received = new ArrayList<>();
        EventLineDecoder decoder = new EventLineDecoder(received::add);
        for (int from = 0, size = 1; from < bytes.length; from += size, size = size * 3 % 4093 + 1) {
            decoder.write(bytes, from, Math.min(size, bytes.length - from));
        }

        assertEquals(sent, received.subList(0, sent.size()));
        assertEquals(PipelineEvent.Warning.class, received.get(sent.size()).getClass());
    }

    @Test
    void theWaitForTheLastEventLastsWhileEventsKeepComing() throws Exception {
        EventLineDecoder decoder = new EventLineDecoder(event -> { });
        Thread slowBacklog = new Thread(() -> {
            try {
                for (int i = 0; i < 12; i++) {
                    send(decoder, LOG_LINE);
                    Thread.sleep(50);
                }
                send(decoder, new PipelineEvent.PipelineFinished("default", StepStatus.SUCCESS, 2L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long started = System.nanoTime();
        slowBacklog.start();

        assertTrue(decoder.awaitFinished(200, TimeUnit.MILLISECONDS), "events came every 50 ms for 600 ms");
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(550));
        slowBacklog.join();
    }

    @Test
    void theWaitGivesUpOnceEventsStop() throws Exception {
        EventLineDecoder decoder = new EventLineDecoder(event -> { });
        send(decoder, LOG_LINE);
        long started = System.nanoTime();

        assertFalse(decoder.awaitFinished(150, TimeUnit.MILLISECONDS));
        long waited = System.nanoTime() - started;
        assertTrue(waited < TimeUnit.SECONDS.toNanos(5), "gave up after " + waited + " ns");
    }
}
