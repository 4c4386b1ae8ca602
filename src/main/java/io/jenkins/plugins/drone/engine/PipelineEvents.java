package io.jenkins.plugins.drone.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** One-line JSON form of {@link PipelineEvent}s, for callers that forward events over a channel. */
public final class PipelineEvents {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PipelineEvents() {}

    /** A single line of JSON with a {@code type} field naming the event. */
    public static String toJson(PipelineEvent event) {
        try {
            return JSON.writerFor(PipelineEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event a {@link #toJson} line describes; unknown fields are ignored so old readers keep working. */
    public static PipelineEvent fromJson(String line) {
        try {
            return JSON.readValue(line, PipelineEvent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
