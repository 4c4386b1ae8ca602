/** Freestyle jobs: the "Run Drone pipeline" build step and the conversion to a Drone pipeline job. Imports run and everything below. */
package io.jenkins.plugins.drone.jenkins.migration;
