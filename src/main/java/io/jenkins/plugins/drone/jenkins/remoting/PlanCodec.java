package io.jenkins.plugins.drone.jenkins.remoting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Carries plan records across the agent channel as JSON text, so that only strings and JDK maps travel
 * through remoting's class filter (the records themselves are not {@code Serializable}).
 */
final class PlanCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PlanCodec() {}

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PipelinePlan readPipeline(String json) throws IOException {
        return JSON.readValue(json, PipelinePlan.class);
    }

    static BuildContext readContext(String json) throws IOException {
        return JSON.readValue(json, BuildContext.class);
    }
}
