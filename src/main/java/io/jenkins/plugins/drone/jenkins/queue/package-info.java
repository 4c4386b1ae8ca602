/** A pipeline as a task of the Jenkins queue, with its label expression. Imports no other jenkins package. */
package io.jenkins.plugins.drone.jenkins.queue;
