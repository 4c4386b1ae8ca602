package io.jenkins.plugins.drone.jenkins.migration;

import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.FreeStyleProject;
import hudson.model.TransientProjectActionFactory;
import java.util.Collection;
import java.util.Collections;

/** Adds "Convert to .drone.yml" to every freestyle job. */
@Extension
public final class ConvertActionFactory extends TransientProjectActionFactory {

    @Override
    @SuppressWarnings("rawtypes")
    public Collection<? extends Action> createFor(AbstractProject target) {
        if (target instanceof FreeStyleProject job) {
            return Collections.singletonList(new ConvertToDroneAction(job));
        }
        return Collections.emptyList();
    }
}
