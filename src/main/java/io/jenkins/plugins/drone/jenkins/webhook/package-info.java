/** The webhook endpoints {@code /drone-webhook/<forge>}: verified deliveries become builds of the linked jobs. Imports job, forge and run. */
package io.jenkins.plugins.drone.jenkins.webhook;
