/** The build process on the controller: plan the file, dispatch each pipeline to an agent, record its events. Imports every package below it (job, config, scm, secrets, records, logs, remoting, agent, queue). */
package io.jenkins.plugins.drone.jenkins.run;
