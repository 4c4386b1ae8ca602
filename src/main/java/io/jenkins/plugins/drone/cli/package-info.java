/**
 * The {@code drone-pipeline} command line (docs/architecture.md#command-line): {@code lint}, {@code convert},
 * {@code plan}, {@code exec} and {@code convert-job} under {@link io.jenkins.plugins.drone.cli.Main}, with the
 * package's own argument parsing, thin over the same parser, planner and engine the plugin uses.
 */
package io.jenkins.plugins.drone.cli;
