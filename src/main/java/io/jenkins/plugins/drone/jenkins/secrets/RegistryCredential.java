package io.jenkins.plugins.drone.jenkins.secrets;

import io.jenkins.plugins.drone.jenkins.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/** Credentials for pulling private images from one registry host, configured by an administrator. */
public final class RegistryCredential extends AbstractDescribableImpl<RegistryCredential> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String host;
    private final String username;
    private final Secret password;

    @DataBoundConstructor
    @CapturedParameterNames({"host", "username", "password"})
    public RegistryCredential(String host, String username, Secret password) {
        this.host = host == null ? "" : host.trim();
        this.username = username == null ? "" : username.trim();
        this.password = password;
    }

    public String getHost() {
        return host;
    }

    public String getUsername() {
        return username;
    }

    public Secret getPassword() {
        return password;
    }

    /**
     * A Docker {@code config.json} holding every credential, the form Drone's {@code image_pull_secrets}
     * use; the engine reads it the same way.
     */
    public static String dockerConfigJson(Collection<RegistryCredential> credentials) {
        ObjectNode config = JSON.createObjectNode();
        ObjectNode auths = config.putObject("auths");
        for (RegistryCredential c : credentials) {
            if (!c.host.isEmpty()) {
                String pair = c.username + ":" + Secret.toString(c.password);
                auths.putObject(c.host).put("auth", Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return config.toString();
    }

    /** Form and help for a registry entry. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<RegistryCredential> {
        @Override
        public String getDisplayName() {
            return Messages.registryCredentialDisplayName();
        }
    }
}
