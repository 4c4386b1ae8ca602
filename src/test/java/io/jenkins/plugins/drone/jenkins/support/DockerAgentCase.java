package io.jenkins.plugins.drone.jenkins.support;

import hudson.model.Hudson;
import hudson.slaves.DumbSlave;
import org.jvnet.hudson.test.HudsonTestCase;

/** A real Hudson with one online agent labeled {@code docker}, where Drone pipeline jobs run by default. */
public abstract class DockerAgentCase extends HudsonTestCase {

    /** The agent labeled {@code docker}. */
    protected DumbSlave agent;

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        agent = createOnlineSlave(Hudson.getInstance().getLabel("docker"));
    }
}
