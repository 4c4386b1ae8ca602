/**
 * Git questions both the command line and the Jenkins layer ask of a repository on disk: which files a push or a
 * pull request changed ({@link io.jenkins.plugins.drone.git.ChangedFiles}). Imports only JGit and the JDK.
 */
package io.jenkins.plugins.drone.git;
