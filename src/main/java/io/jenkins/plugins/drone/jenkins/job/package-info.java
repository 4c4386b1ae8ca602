/**
 * The Drone pipeline job type, its form validation and lint button, and its build causes. Imports config, scm,
 * secrets and queue (label expressions), and names its build type in run, the one exempt pair.
 */
package io.jenkins.plugins.drone.jenkins.job;
