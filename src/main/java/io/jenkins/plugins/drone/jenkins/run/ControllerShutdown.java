package io.jenkins.plugins.drone.jenkins.run;

import hudson.model.Hudson;

/**
 * Whether the controller is going down (an orderly exit, SIGTERM): it then interrupts every executor, which must
 * not abort the pipelines. They are left running in Docker and resumed when the controller is back.
 */
final class ControllerShutdown {

    private ControllerShutdown() {}

    static boolean underway() {
        Hudson hudson = Hudson.getInstance();
        return hudson == null || hudson.isTerminating();
    }
}
