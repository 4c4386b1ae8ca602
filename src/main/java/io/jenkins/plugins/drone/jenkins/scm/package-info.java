/**
 * All git access of the controller: the pipeline file at a commit, the files an event changed (through
 * {@code io.jenkins.plugins.drone.git}), the commit a branch points at. Imports no other jenkins package.
 */
package io.jenkins.plugins.drone.jenkins.scm;
