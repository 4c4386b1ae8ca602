package io.jenkins.plugins.drone.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Names of the labels put on every container, network and volume, so leftovers can be found and only ours touched. */
public final class Labels {

    /** The run id: which pipeline run created the resource. */
    public static final String RUN = "io.jenkins.drone.run";
    /** The step name (containers only; {@code _run} on networks and volumes). */
    public static final String STEP = "io.jenkins.drone.step";
    /** Epoch seconds after which a janitor may remove it even if the run looks alive. */
    public static final String EXPIRES = "io.jenkins.drone.expires";

    private Labels() {}

    /** The labels of a resource of {@code run} that belongs to {@code step}. */
    public static Map<String, String> of(RunSpec run, String step) {
        Map<String, String> labels = new LinkedHashMap<>(run.extraLabels());
        labels.put(RUN, run.runId());
        labels.put(STEP, step);
        labels.put(EXPIRES, Long.toString(run.expiresEpochSeconds()));
        return labels;
    }
}
