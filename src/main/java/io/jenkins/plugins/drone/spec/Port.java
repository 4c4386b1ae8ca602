package io.jenkins.plugins.drone.spec;

/** drone-yaml's {@code ports:} entry ({@code 6379} or {@code {port, host, protocol}}); host 0 means no host port. */
public record Port(int port, int host, String protocol, Position position) {}
