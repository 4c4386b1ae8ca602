package io.jenkins.plugins.drone.jenkins;

import hudson.model.Hudson;
import hudson.slaves.DumbSlave;
import hudson.slaves.NodePropertyDescriptor;
import io.jenkins.plugins.drone.jenkins.agent.DockerHostProperty;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves the plugin's extensions load in a real Hudson 1.395 and that docker-java, shaded against Hudson's
 * own old Guava/commons, reaches the real Docker engine from inside Hudson: on the controller and, through
 * remoting, on a real agent launched by command.
 */
public class PluginLoadsIT extends HudsonTestCase {

    public void testExtensionIsRegistered() {
        NodePropertyDescriptor descriptor = Hudson.getInstance().getDescriptorByType(DockerHostProperty.DescriptorImpl.class);
        assertNotNull("DockerHostProperty descriptor registered through the sezpoz index", descriptor);
        assertEquals("Docker for Drone pipelines", descriptor.getDisplayName());
    }

    public void testDockerJavaWorksOnTheController() throws Exception {
        String version = DockerHostProperty.dockerVersion(Hudson.getInstance());
        assertTrue(version, version.startsWith("Docker "));
    }

    public void testDockerJavaWorksOnAnAgent() throws Exception {
        DumbSlave agent = createOnlineSlave(Hudson.getInstance().getLabel("docker"));
        String version = DockerHostProperty.dockerVersion(agent);
        assertTrue(version, version.startsWith("Docker "));
        assertTrue(version, version.contains("linux"));
    }

    public void testUnreachableDockerHostIsReportedClearly() throws Exception {
        DumbSlave agent = createOnlineSlave();
        agent.getNodeProperties().add(new DockerHostProperty("tcp://127.0.0.1:1"));
        try {
            DockerHostProperty.dockerVersion(agent);
            fail("expected an error for an unreachable Docker host");
        } catch (java.io.IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Cannot reach Docker at tcp://127.0.0.1:1"));
        }
    }
}
