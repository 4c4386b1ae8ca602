/** Pages, REST endpoints, badge and list-view column that show the records. Imports records, logs and job. */
package io.jenkins.plugins.drone.jenkins.ui;
