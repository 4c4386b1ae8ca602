/** Build triggers of Drone pipeline jobs (named cron schedules, repository polling). Imports job, run, scm and forge. */
package io.jenkins.plugins.drone.jenkins.triggers;
