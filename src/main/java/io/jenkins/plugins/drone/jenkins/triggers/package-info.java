/** Build triggers of Drone pipeline jobs (named cron schedules, repository polling). Imports job, run and scm. */
package io.jenkins.plugins.drone.jenkins.triggers;
