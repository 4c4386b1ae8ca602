package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves every event survives its one-line JSON form unchanged, which the Jenkins side relies on. */
class PipelineEventsTest {

    @Test
    void eventsRoundTripThroughOneJsonLine() {
        List<PipelineEvent> events = List.of(
                new PipelineEvent.PipelineStarted("default", "abc", 1),
                new PipelineEvent.StepStarted("build", 2, 3),
                new PipelineEvent.StepLog("build", "line with \"quotes\"\nand a newline", 1700000000123L, false),
                new PipelineEvent.StepFinished("build", 2, StepStatus.FAILURE, 1, 3, 4, 5, 6, 7, "why", List.of("token")),
                new PipelineEvent.StepFinished("build", 2, StepStatus.SUCCESS, 0, 3, 4, 5, 6, 7, "", List.of(), 1234),
                new PipelineEvent.Warning("careful"),
                new PipelineEvent.PipelineFinished("default", StepStatus.FAILURE, 8));
        for (PipelineEvent event : events) {
            String json = PipelineEvents.toJson(event);
            assertFalse(json.contains("\n"), json);
            assertEquals(event, PipelineEvents.fromJson(json));
        }
    }
}
