package io.jenkins.plugins.drone.spec;

/** A pipeline volume: {@code {name, host: {path}}} or {@code {name, temp: {medium, size_limit}}}; the unused form is null. */
public record Volume(String name, Host host, Temp temp, Position position) {

    /** A bind mount of a path of the runner host (trusted repositories only). */
    public record Host(String path, Position position) {}

    /** A volume that lives as long as the pipeline; {@code medium: memory} makes it a tmpfs of {@code sizeLimit} bytes (0 = none). */
    public record Temp(String medium, long sizeLimit, Position position) {}
}
