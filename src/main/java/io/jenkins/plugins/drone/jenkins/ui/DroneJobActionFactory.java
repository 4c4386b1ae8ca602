package io.jenkins.plugins.drone.jenkins.ui;

import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.TransientProjectActionFactory;
import java.util.Collection;
import java.util.Collections;

/**
 * Gives every project a {@link DroneJobAction}: Drone pipeline jobs and freestyle jobs with a "Run Drone
 * pipeline" step both record pipelines; for other jobs the grid stays empty and the badge shows the result.
 */
@Extension
public final class DroneJobActionFactory extends TransientProjectActionFactory {

    @Override
    public Collection<? extends Action> createFor(AbstractProject target) {
        return Collections.singleton(new DroneJobAction((AbstractProject<?, ?>) target));
    }
}
