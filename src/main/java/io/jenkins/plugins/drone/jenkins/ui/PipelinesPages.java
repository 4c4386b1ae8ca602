package io.jenkins.plugins.drone.jenkins.ui;

import hudson.Extension;
import io.jenkins.plugins.drone.jenkins.records.PipelinesAction;
import io.jenkins.plugins.drone.jenkins.records.RecordsView;

/** Serves every build's pipeline records at {@code drone/} as a {@link PipelinesPage}. */
@Extension
public final class PipelinesPages implements RecordsView {

    @Override
    public Object of(PipelinesAction records) {
        return new PipelinesPage(records);
    }
}
