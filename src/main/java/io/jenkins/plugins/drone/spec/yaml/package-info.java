/**
 * Reading a pipeline file as Drone reads it, before any binding:
 * {@link io.jenkins.plugins.drone.spec.yaml.DocumentSplitter} cuts the text into documents with Drone's line rule
 * (docs/drone-semantics.md#document-splitting), and {@link io.jenkins.plugins.drone.spec.yaml.YamlTreeReader} reads
 * each into a {@code YamlValue} tree that keeps every node's position and resolves plain scalars with YAML 1.1 rules
 * ({@link io.jenkins.plugins.drone.spec.yaml.Scalars}), within {@link io.jenkins.plugins.drone.spec.yaml.Limits} that
 * keep hostile input cheap to reject. Internal to the parser.
 */
package io.jenkins.plugins.drone.spec.yaml;
