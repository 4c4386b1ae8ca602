/**
 * Per-step log files of a build: where they are, byte-range and whole-pipeline responses, their timestamps,
 * redaction, and the console as plain text. Imports records.
 */
package io.jenkins.plugins.drone.jenkins.logs;
