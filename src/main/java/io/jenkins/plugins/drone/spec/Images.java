package io.jenkins.plugins.drone.spec;

import java.util.List;
import java.util.Set;

/**
 * Docker image references as Drone's rules need them: normalised ({@code golang} →
 * {@code docker.io/library/golang:latest}) and the automatic privileged mode of plugin images
 * (docs/drone-semantics.md#steps-and-services, docs/drone-semantics.md#privileged-plugins).
 */
public final class Images {

    private static final List<String> PRIVILEGED_PLUGINS = List.of(
            "plugins/docker", "plugins/acr", "plugins/ecr", "plugins/gcr", "plugins/heroku", "plugins/gar");
    private static final Set<String> RESTRICTED_VARIABLES = Set.of(
            "XDG_RUNTIME_DIR", "DOCKER_OPTS", "DOCKER_HOST", "PATH", "HOME");

    private Images() {
    }

    /** The fully qualified reference: registry host, repository path, and a tag ({@code latest}) or digest. */
    public static String normalize(String image) {
        String name = image;
        int slash = name.indexOf('/');
        String first = slash < 0 ? "" : name.substring(0, slash);
        boolean hasHost = first.contains(".") || first.contains(":") || first.equals("localhost");
        if (!hasHost) {
            name = "docker.io/" + (slash < 0 ? "library/" : "") + name;
        } else if (first.equals("index.docker.io")) {
            name = "docker.io" + name.substring(first.length());
        }
        int lastSlash = name.lastIndexOf('/');
        boolean tagged = name.indexOf(':', lastSlash) >= 0 || name.contains("@");
        return tagged ? name : name + ":latest";
    }

    /** The normalised reference without tag or digest. */
    public static String withoutTag(String image) {
        String name = normalize(image);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int colon = name.indexOf(':', name.lastIndexOf('/'));
        return colon >= 0 ? name.substring(0, colon) : name;
    }

    /** The tag is {@code latest}, written or implied: the default pull policy pulls those. */
    public static boolean isLatest(String image) {
        return normalize(image).endsWith(":latest");
    }

    /**
     * An entry whose plugin image Drone runs privileged by itself: only when the step overrides nothing (no
     * commands, command, entrypoint or volumes) and sets none of the variables that could steer the Docker daemon.
     * The plan grants it only in trusted jobs; lint and plan warn otherwise (docs/drone-semantics.md#privileged-plugins).
     */
    public static boolean isPrivilegedPlugin(Step step) {
        boolean overrides = !step.commands().isEmpty() || !step.command().isEmpty() || !step.entrypoint().isEmpty()
                || !step.volumes().isEmpty();
        if (step.image().isEmpty() || overrides
                || step.environment().keySet().stream().anyMatch(RESTRICTED_VARIABLES::contains)) {
            return false;
        }
        String name = withoutTag(step.image());
        return PRIVILEGED_PLUGINS.stream().anyMatch(p -> withoutTag(p).equals(name));
    }
}
