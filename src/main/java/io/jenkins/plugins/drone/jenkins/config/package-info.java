/** Global settings of the plugin (secrets, registry credentials, trusted jobs) in their own descriptor, and the trust that follows renamed and deleted jobs. Imports only secrets. */
package io.jenkins.plugins.drone.jenkins.config;
