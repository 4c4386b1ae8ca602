package io.jenkins.plugins.drone.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Registry credentials read from Docker {@code config.json} documents (the values of
 * {@code image_pull_secrets}, docs/drone-semantics.md#registry-credentials); the first entry whose host matches an
 * image wins.
 */
public final class RegistryCredentials {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<RegistryAuth> auths;

    private RegistryCredentials(List<RegistryAuth> auths) {
        this.auths = List.copyOf(auths);
    }

    /** No credentials: every pull is anonymous. */
    public static RegistryCredentials none() {
        return new RegistryCredentials(List.of());
    }

    /**
     * Reads each config.json ({@code {"auths": {"host": {"auth": base64(user:pass)}}}} or with
     * {@code username}/{@code password}); documents that are not such JSON are skipped, because a wrong
     * secret must not stop a build that may not even need it.
     */
    public static RegistryCredentials parse(List<String> configJsons) {
        List<RegistryAuth> found = new ArrayList<>();
        for (String json : configJsons) {
            try {
                JsonNode auths = JSON.readTree(json).path("auths");
                auths.fields().forEachRemaining(e -> found.add(toAuth(e.getKey(), e.getValue())));
            } catch (IOException | IllegalArgumentException e) {
                // skipped on purpose, see above
            }
        }
        return new RegistryCredentials(found);
    }

    private static RegistryAuth toAuth(String host, JsonNode entry) {
        String user = entry.path("username").asText("");
        String password = entry.path("password").asText("");
        String encoded = entry.path("auth").asText("");
        if (!encoded.isEmpty()) {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            user = colon < 0 ? decoded : decoded.substring(0, colon);
            password = colon < 0 ? "" : decoded.substring(colon + 1);
        }
        return new RegistryAuth(normalizeHost(host), user, password);
    }

    /** These credentials as they are, e.g. the ones a {@link RunRequest} carries. */
    public static RegistryCredentials of(List<RegistryAuth> auths) {
        return new RegistryCredentials(auths);
    }

    /** The credentials some of {@code images} would be pulled with, in their order; the others are left out. */
    public List<RegistryAuth> neededBy(List<String> images) {
        List<String> hosts = images.stream().map(RegistryCredentials::imageHost).distinct().toList();
        return auths.stream().filter(a -> hosts.contains(a.registry())).toList();
    }

    /** The credentials for {@code image}'s registry, or null. */
    public RegistryAuth forImage(String image) {
        String host = imageHost(image);
        return auths.stream().filter(a -> a.registry().equals(host)).findFirst().orElse(null);
    }

    /** The registry host of an image reference; Docker Hub is {@code docker.io}. */
    static String imageHost(String image) {
        int slash = image.indexOf('/');
        if (slash < 0) {
            return "docker.io";
        }
        String first = image.substring(0, slash);
        boolean isHost = first.contains(".") || first.contains(":") || first.equals("localhost");
        return isHost ? normalizeHost(first) : "docker.io";
    }

    private static String normalizeHost(String host) {
        String h = host.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        int slash = h.indexOf('/');
        if (slash >= 0) {
            h = h.substring(0, slash);
        }
        return h.equals("index.docker.io") || h.equals("registry-1.docker.io") ? "docker.io" : h;
    }
}
