package io.jenkins.plugins.drone.jenkins.secrets;

import io.jenkins.plugins.drone.engine.GitAuth;
import io.jenkins.plugins.drone.jenkins.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a build's secrets, registry credentials and git credentials come from: the global settings, a job, or
 * {@link #combine both} — one provider shape for all three, as Drone's secret and registry providers share one.
 */
public interface DroneCredentials {

    /** Secrets for {@code from_secret}. */
    List<DroneSecret> secrets();

    /** Credentials for pulling private images. */
    List<RegistryCredential> registries();

    /** Git credentials, chosen by id. */
    List<GitCredential> gitCredentials();

    /** The values a build may use, by lower-case name; for pull requests only the secrets that allow them. */
    default Map<String, String> secretValues(boolean pullRequest) {
        return DroneSecret.resolve(secrets(), pullRequest);
    }

    /**
     * The values a build may use, as {@link #secretValues(boolean)} says, except that a pull request from a fork gets
     * none at all unless {@code forkSecrets}, and then only those allowed for pull requests.
     */
    default Map<String, String> secretValues(boolean pullRequest, boolean fork, boolean forkSecrets) {
        if (fork && !forkSecrets) {
            return new LinkedHashMap<>();
        }
        return secretValues(pullRequest || fork);
    }

    /** The git credential with {@code id}, or null. */
    default GitCredential gitCredential(String id) {
        return gitCredentials().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    }

    /**
     * What to log in to a repository with when a job names credential {@code id} (none when it names none).
     *
     * @throws IOException when no credential has that id
     */
    default GitAuth gitAuth(String id, boolean netrcForSteps) throws IOException {
        if (id == null || id.isBlank()) {
            return GitAuth.NONE;
        }
        GitCredential credential = gitCredential(id.trim());
        if (credential == null) {
            throw new IOException(Messages.gitCredentialUnknown(id.trim()));
        }
        return credential.toAuth(id.trim(), netrcForSteps);
    }

    /** Fixed lists (a job's own entries). */
    static DroneCredentials of(Collection<DroneSecret> secrets, Collection<RegistryCredential> registries,
                               Collection<GitCredential> git) {
        List<DroneSecret> s = List.copyOf(secrets);
        List<RegistryCredential> r = List.copyOf(registries);
        List<GitCredential> g = List.copyOf(git);
        return new DroneCredentials() {
            @Override public List<DroneSecret> secrets() { return s; }
            @Override public List<RegistryCredential> registries() { return r; }
            @Override public List<GitCredential> gitCredentials() { return g; }
        };
    }

    /**
     * {@code job} in front of {@code global}: a job's entry wins over a global one of the same name, host or id;
     * a job secret a pull request may not use leaves the global one of that name visible, as in Drone.
     */
    static DroneCredentials combine(DroneCredentials global, DroneCredentials job) {
        return new DroneCredentials() {
            @Override public List<DroneSecret> secrets() { return concat(job.secrets(), global.secrets()); }
            @Override public List<RegistryCredential> registries() {
                return concat(job.registries(), global.registries());
            }
            @Override public List<GitCredential> gitCredentials() {
                return concat(job.gitCredentials(), global.gitCredentials());
            }
            @Override public Map<String, String> secretValues(boolean pullRequest) {
                Map<String, String> values = new LinkedHashMap<>(global.secretValues(pullRequest));
                job.secretValues(pullRequest).forEach((name, value) ->
                        values.put(name.toLowerCase(Locale.ROOT), value));
                return values;
            }
        };
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
