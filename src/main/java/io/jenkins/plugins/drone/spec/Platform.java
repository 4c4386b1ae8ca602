package io.jenkins.plugins.drone.spec;

/** Where a pipeline may run: {@code platform: {os, arch, variant, version}}; empty fields are "" (defaults apply later). */
public record Platform(String os, String arch, String variant, String version, Position position) {

    public static Platform empty(Position position) {
        return new Platform("", "", "", "", position);
    }
}
