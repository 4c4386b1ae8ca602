/**
 * The Jenkins integration, the only code that knows Hudson/Jenkins and stapler: the Drone pipeline job and its
 * builds, a queue task per pipeline, the remoting call that runs the engine on an agent, step records and per-step
 * log files, pages and REST endpoints, configuration, secrets, triggers, and migration from freestyle jobs; see
 * docs/architecture.md. This package itself holds what all of them share: {@link io.jenkins.plugins.drone.jenkins.Messages}.
 */
package io.jenkins.plugins.drone.jenkins;
