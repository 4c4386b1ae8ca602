/**
 * Drone's formatter (docs/drone-semantics.md#formatter): {@link io.jenkins.plugins.drone.spec.print.ManifestPrinter}
 * prints a model as 1.x YAML in drone-yaml's key order, quoting and folding, byte for byte as drone-yaml prints it;
 * {@code convert} uses it.
 */
package io.jenkins.plugins.drone.spec.print;
