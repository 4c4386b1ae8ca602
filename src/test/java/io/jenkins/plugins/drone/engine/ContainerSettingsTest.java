package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Proves on real Docker that an entry without commands runs the image with its command override (no script,
 * no echoed lines), and that user, working directory, extra hosts and the engine variables reach the container.
 */
class ContainerSettingsTest {

    @Test
    void commandOverrideUserWorkdirAndHosts() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("plain").command("sh", "-c", "id -u; pwd; grep -c 'myhost' /etc/hosts; echo net=${DRONE_DOCKER_NETWORK_ID:+set} vol=$DRONE_DOCKER_VOLUME_ID")
                        .user("65534").workingDir("/tmp").extraHosts("myhost:10.1.2.3")), events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertEquals("65534", events.lines("plain").get(0));
        assertEquals("/tmp", events.lines("plain").get(1));
        assertEquals("1", events.lines("plain").get(2));
        assertTrue(events.lines("plain").get(3).matches("net=set vol=drone-[a-z0-9]{20}-workspace"), events.lines("plain").get(3));
    }
}
