/**
 * Commit statuses sent back to a job's forge (GitHub, Gitea, GitLab, Bitbucket) as pipelines are queued, run and end.
 * Imports forge and records.
 */
package io.jenkins.plugins.drone.jenkins.status;
