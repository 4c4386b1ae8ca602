/** Per-step log files of a build: where they are, byte-range and whole-pipeline responses, redaction. Imports records. */
package io.jenkins.plugins.drone.jenkins.logs;
