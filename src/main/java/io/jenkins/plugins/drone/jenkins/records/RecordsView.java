package io.jenkins.plugins.drone.jenkins.records;

import hudson.ExtensionPoint;

/**
 * What the {@code drone} URL of a build serves for its records. The ui layer provides it, so the records
 * (the persisted data) know no pages or web methods.
 */
public interface RecordsView extends ExtensionPoint {

    /** The object Stapler serves at {@code drone/} for {@code records}. */
    Object of(PipelinesAction records);
}
