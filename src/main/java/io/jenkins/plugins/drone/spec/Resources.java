package io.jenkins.plugins.drone.spec;

/** {@code resources: {limits, requests}} of drone-yaml (Kubernetes runner); null parts are absent. */
public record Resources(Amount limits, Amount requests, Position position) {

    /** {@code {cpu, memory}}: cpu in cores, memory in bytes (0 = unset). */
    public record Amount(double cpu, long memory) {}
}
