/**
 * Drone 0.8 ({@code pipeline:}) files → the 1.x model by drone-yaml's converter rules
 * (docs/drone-semantics.md#legacy-conversion): {@link io.jenkins.plugins.drone.spec.legacy.LegacyFormat} detects
 * them, {@link io.jenkins.plugins.drone.spec.legacy.LegacyConverter} rewrites the file as a 1.x YAML tree (containers,
 * secrets, branches, matrix) whose values keep their 0.8 positions, and binds it like any 1.x file, so diagnostics
 * point into the file the user wrote.
 */
package io.jenkins.plugins.drone.spec.legacy;
