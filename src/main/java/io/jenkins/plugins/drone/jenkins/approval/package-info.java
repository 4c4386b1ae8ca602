/**
 * Builds that wait for a person: the gate that decides (fork pull requests, unsigned files in protected mode), the
 * page that shows what would run and takes the approval. Imports job (its settings) and records.
 */
package io.jenkins.plugins.drone.jenkins.approval;
