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
     * The values a build may use, by name: {@code global} first, then {@code job} ones, which win;
     * for pull requests only the secrets that allow them.
     */
    public static Map<String, String> resolve(Collection<DroneSecret> global, Collection<DroneSecret> job,
                                              boolean pullRequest) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Collection<DroneSecret> source : java.util.List.of(global, job)) {
            for (DroneSecret secret : source) {
                if (!secret.name.isEmpty() && secret.value != null && (!pullRequest || secret.pullRequests)) {
                    values.put(secret.name.toLowerCase(Locale.ROOT), Secret.toString(secret.value));
                }
            }
        }
        return values;
    }

    /**
     * The values a build may use, as {@link #resolve(Collection, Collection, boolean)} says, except that a pull
     * request from a fork gets none at all unless {@code forkSecrets}, and then only those allowed for pull requests.
     */
    public static Map<String, String> resolve(Collection<DroneSecret> global, Collection<DroneSecret> job,
                                              boolean pullRequest, boolean fork, boolean forkSecrets) {
        if (fork && !forkSecrets) {
            return new LinkedHashMap<>();
        }
        return resolve(global, job, pullRequest || fork);
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
