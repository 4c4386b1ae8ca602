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
import io.jenkins.plugins.drone.engine.StorageSettings;
import io.jenkins.plugins.drone.jenkins.remoting.DockerVersionCallable;
import io.jenkins.plugins.drone.jenkins.remoting.JanitorCallable;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest;

/** Per-agent Docker host for Drone pipelines (default: the agent's local Docker socket). */
public final class DockerHostProperty extends NodeProperty<Node> {

    private final String dockerHost;
    private String cacheLimit;
    private String helperImage;
    private String volumeDriver;
    private String volumeDriverOptions;

    /** The Docker host only, with no cache limit and Docker's default volumes. */
    public DockerHostProperty(String dockerHost) {
        this(dockerHost, "", "", "", "");
    }

    @DataBoundConstructor
    @CapturedParameterNames({"dockerHost", "cacheLimit", "helperImage", "volumeDriver", "volumeDriverOptions"})
    public DockerHostProperty(String dockerHost, String cacheLimit, String helperImage, String volumeDriver,
                              String volumeDriverOptions) {
        this.dockerHost = dockerHost == null ? "" : dockerHost.trim();
        this.cacheLimit = trim(cacheLimit);
        this.helperImage = trim(helperImage);
        this.volumeDriver = trim(volumeDriver);
        this.volumeDriverOptions = trim(volumeDriverOptions);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    /** Most bytes the agent's caches may take, as written ({@code 20GiB}); empty = no limit. */
    public String getCacheLimit() {
        return trim(cacheLimit);
    }

    /** Image that copies and measures caches; empty = the image of the first step mounting the cache. */
    public String getHelperImage() {
        return trim(helperImage);
    }

    /** Docker volume driver for workspaces and caches; empty = Docker's default. */
    public String getVolumeDriver() {
        return trim(volumeDriver);
    }

    /** The driver's options, one {@code key=value} per line. */
    public String getVolumeDriverOptions() {
        return trim(volumeDriverOptions);
    }

    /** The storage settings of {@code node} (cache scope empty: the job sets it); defaults without the property. */
    public static StorageSettings storage(Node node) {
        DockerHostProperty p = node == null ? null : node.getNodeProperties().get(DockerHostProperty.class);
        if (p == null) {
            return StorageSettings.DEFAULT;
        }
        return new StorageSettings("", Math.max(0, AgentStorageFields.bytes(p.getCacheLimit())), p.getHelperImage(),
                p.getVolumeDriver(), AgentStorageFields.options(p.getVolumeDriverOptions()));
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

    /** Asks the node to evict its caches above its limit and sweep dead runs' leftovers; see {@link JanitorCallable}. */
    public static JanitorCallable janitor(Node node, Map<String, String> scope, Set<String> live) {
        return new JanitorCallable(of(node), scope, live, storage(node).cacheLimitBytes());
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
        /** Checks the cache limit is a size. Needs {@link Computer#CONFIGURE}. */
        @CapturedParameterNames({"value"})
        public FormValidation doCheckCacheLimit(@QueryParameter("value") String value) {
            Hudson.getInstance().checkPermission(Computer.CONFIGURE);
            return AgentStorageFields.checkLimit(value);
        }

        /** Checks the driver options are {@code key=value} lines. Needs {@link Computer#CONFIGURE}. */
        @CapturedParameterNames({"value"})
        public FormValidation doCheckVolumeDriverOptions(@QueryParameter("value") String value) {
            Hudson.getInstance().checkPermission(Computer.CONFIGURE);
            return AgentStorageFields.checkOptions(value);
        }

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
