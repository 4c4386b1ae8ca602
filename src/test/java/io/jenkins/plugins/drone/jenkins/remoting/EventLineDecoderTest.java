package io.jenkins.plugins.drone.jenkins.remoting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.engine.PipelineEvent;
import io.jenkins.plugins.drone.engine.PipelineEvents;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the controller end decodes events written in batches: many lines in one chunk, a line split across
 * chunks at any byte (inside a UTF-8 character too), and a line that is not an event becomes a warning.
 */
class EventLineDecoderTest {

    @Test
    void decodesBatchesCutAnywhere() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        List<PipelineEvent> sent = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            sent.add(new PipelineEvent.StepLog("build", "line " + i + " é ✓", 1000L + i, i % 7 == 0));
        }
        for (PipelineEvent event : sent) {
            wire.write((PipelineEvents.toJson(event) + "\n").getBytes(StandardCharsets.UTF_8));
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
}
