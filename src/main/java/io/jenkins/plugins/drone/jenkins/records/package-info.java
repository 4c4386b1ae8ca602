/** What a build persists about its pipelines and steps: the records, their status type and the build action that stores them. Imports no other jenkins package. */
package io.jenkins.plugins.drone.jenkins.records;
