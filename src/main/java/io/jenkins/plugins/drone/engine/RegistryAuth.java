package io.jenkins.plugins.drone.engine;

/** Credentials for one registry host, as found in a Docker {@code config.json}. */
public record RegistryAuth(String registry, String username, String password) {
    @Override
    public String toString() {
        return "RegistryAuth[" + registry + ", " + username + ", ******]";
    }
}
