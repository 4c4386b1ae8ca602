package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.RunPolicy;
import org.junit.jupiter.api.Test;

/**
 * Proves on real Docker that an image that can be neither found nor pulled makes the step {@code error} with
 * exit 255 and a message naming the image, that the pipeline then counts as failing (on-failure steps run),
 * and that a step killed for lack of memory is reported as an error, not a plain failure.
 */
class EngineErrorTest {

    @Test
    void missingImageIsAnEngineError() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("broken", "true").image("drone-pipeline/does-not-exist:test"),
                step("notify", "echo failed=$DRONE_FAILED_STEPS").when(RunPolicy.ON_FAILURE)), events);

        assertEquals(StepStatus.ERROR, result.status());
        StepResult broken = result.step("broken");
        assertEquals(StepStatus.ERROR, broken.status());
        assertEquals(255, broken.exitCode());
        assertTrue(broken.message().contains("drone-pipeline/does-not-exist:test"), broken.message());
        assertTrue(events.lines("notify").contains("failed=broken"));
    }

    @Test
    void outOfMemoryIsAnError() {
        PipelineResult result = DockerSupport.run(pipeline(
                step("hog", "head -c 200m /dev/zero | tail > /dev/null").memLimit(32 << 20)), new RecordingListener());

        StepResult hog = result.step("hog");
        assertEquals(StepStatus.ERROR, hog.status(), hog.message());
        assertEquals(137, hog.exitCode());
        assertTrue(hog.message().contains("memory"));
    }
}
