/** A job's link to its repository on a forge (GitHub, Gitea, GitLab, Bitbucket): webhooks in, statuses out. */
package io.jenkins.plugins.drone.jenkins.forge;
