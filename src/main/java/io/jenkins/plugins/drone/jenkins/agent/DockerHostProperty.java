package io.jenkins.plugins.drone.jenkins.agent;

import hudson.Extension;
import hudson.model.Computer;
import hudson.model.Hudson;
import hudson.model.Node;
import hudson.remoting.VirtualChannel;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.drone.jenkins.Messages;
import io.jenkins.plugins.drone.jenkins.remoting.DockerVersionCallable;
import java.io.IOException;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest;

/** Per-agent Docker host for Drone pipelines (default: the agent's local Docker socket). */
public final class DockerHostProperty extends NodeProperty<Node> {

    private final String dockerHost;

    @DataBoundConstructor
    @CapturedParameterNames({"dockerHost"})
    public DockerHostProperty(String dockerHost) {
        this.dockerHost = dockerHost == null ? "" : dockerHost.trim();
    }

    /** The Docker host URI ({@code unix:///var/run/docker.sock}, {@code tcp://host:2376}); empty = default. */
    public String getDockerHost() {
        return dockerHost;
    }

    /** The Docker host configured for {@code node}, or empty for the default. */
    public static String of(Node node) {
        DockerHostProperty property = node == null ? null : node.getNodeProperties().get(DockerHostProperty.class);
        return property == null ? "" : property.getDockerHost();
    }

    /** Asks the node's Docker engine for its version, through the node's channel. */
    public static String dockerVersion(Node node) throws IOException, InterruptedException {
        VirtualChannel channel = node.getChannel();
        if (channel == null) {
            throw new IOException(node.getDisplayName() + " is offline");
        }
        return channel.call(new DockerVersionCallable(of(node)));
    }

    /** Registers the property under "Node Properties" of agents and the controller. */
    @Extension
    public static final class DescriptorImpl extends NodePropertyDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.dockerHostPropertyDisplayName();
        }

        /**
         * "Test connection": reaches the named node's Docker engine with the given host. Needs
         * {@link Computer#CONFIGURE} and a POST: it reaches the network.
         */
        @CapturedParameterNames({"req", "dockerHost", "name"})
        public FormValidation doTestConnection(StaplerRequest req,
                @QueryParameter("dockerHost") String dockerHost, @QueryParameter("name") String nodeName)
                throws InterruptedException {
            Hudson hudson = Hudson.getInstance();
            hudson.checkPermission(Computer.CONFIGURE);
            if (!"POST".equals(req.getMethod())) {
                return FormValidation.error(Messages.postRequired());
            }
            Node node = nodeName == null || nodeName.isEmpty() ? hudson : hudson.getNode(nodeName);
            if (node == null || node.getChannel() == null) {
                return FormValidation.warning(Messages.dockerHostPropertyOffline());
            }
            try {
                return FormValidation.ok(node.getChannel().call(new DockerVersionCallable(dockerHost)));
            } catch (IOException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
