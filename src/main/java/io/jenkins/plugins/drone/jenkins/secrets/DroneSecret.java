package io.jenkins.plugins.drone.jenkins.secrets;

import io.jenkins.plugins.drone.jenkins.Messages;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.Secret;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * A named secret that {@code from_secret} in a {@code .drone.yml} can ask for. Stored encrypted
 * ({@link Secret}); its value only ever goes to the agent that runs the pipeline and is masked in logs.
 */
public final class DroneSecret extends AbstractDescribableImpl<DroneSecret> {

    private final String name;
    private final Secret value;
    private final boolean pullRequests;

    @DataBoundConstructor
    @CapturedParameterNames({"name", "value", "pullRequests"})
    public DroneSecret(String name, Secret value, boolean pullRequests) {
        this.name = name == null ? "" : name.trim();
        this.value = value;
        this.pullRequests = pullRequests;
    }

    public String getName() {
        return name;
    }

    public Secret getValue() {
        return value;
    }

    /** Whether pull request builds get it (Drone's default: no). */
    public boolean isPullRequests() {
        return pullRequests;
    }

    /**
     * The values of {@code secrets} by lower-case name (a later one of the same name wins); for pull requests
     * only the secrets that allow them. {@link DroneCredentials} combines the global and the job's.
     */
    static Map<String, String> resolve(Collection<DroneSecret> secrets, boolean pullRequest) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DroneSecret secret : secrets) {
            if (!secret.name.isEmpty() && secret.value != null && (!pullRequest || secret.pullRequests)) {
                values.put(secret.name.toLowerCase(Locale.ROOT), Secret.toString(secret.value));
            }
        }
        return values;
    }

    /** Form and help for a secret entry. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<DroneSecret> {
        @Override
        public String getDisplayName() {
            return Messages.droneSecretDisplayName();
        }
    }
}
