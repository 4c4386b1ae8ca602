/** Pages, REST endpoints, badge and list-view column that show the records. Imports records, logs, job and forge. */
package io.jenkins.plugins.drone.jenkins.ui;
