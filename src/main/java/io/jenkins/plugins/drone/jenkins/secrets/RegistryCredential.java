package io.jenkins.plugins.drone.jenkins.secrets;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/** Credentials for pulling private images from one registry host, configured by an administrator. */
public final class RegistryCredential extends AbstractDescribableImpl<RegistryCredential> {

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
        Map<String, String> auths = new LinkedHashMap<>();
        for (RegistryCredential c : credentials) {
            if (!c.host.isEmpty()) {
                String pair = c.username + ":" + Secret.toString(c.password);
                auths.put(c.host, Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            }
        }
        StringBuilder json = new StringBuilder("{\"auths\":{");
        auths.forEach((host, auth) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                .append('"').append(host.replace("\"", "")).append("\":{\"auth\":\"").append(auth).append("\"}"));
        return json.append("}}").toString();
    }

    /** Form and help for a registry entry. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<RegistryCredential> {
        @Override
        public String getDisplayName() {
            return "Registry credential";
        }
    }
}
