/** The describable secret and registry-credential entries of the forms, and how they resolve for a build. Imports no other jenkins package. */
package io.jenkins.plugins.drone.jenkins.secrets;
