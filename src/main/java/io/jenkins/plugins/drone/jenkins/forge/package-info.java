/** A job's link to its forge repository, the forges' webhook payloads and signatures, and the event a build was started for. Imports no other jenkins package. */
package io.jenkins.plugins.drone.jenkins.forge;
