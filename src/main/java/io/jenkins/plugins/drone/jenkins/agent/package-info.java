/** Per-agent Docker settings and the sweeper of Docker leftovers on nodes. Imports remoting. */
package io.jenkins.plugins.drone.jenkins.agent;
