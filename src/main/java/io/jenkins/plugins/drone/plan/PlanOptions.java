package io.jenkins.plugins.drone.plan;

import java.util.Map;

/**
 * How to plan besides the build itself.
 *
 * @param exitCodes    assumed exit code per entry name, or per {@code pipeline/entry} (absent: 0), for the prediction
 * @param legacyGroups for a file converted from 0.8, keep native 0.8 {@code group} parallelism (consecutive
 *                     containers of one group run together, services start together) instead of Drone 1.x's
 *                     serial conversion; no effect on 1.x files
 */
public record PlanOptions(Map<String, Integer> exitCodes, boolean legacyGroups) {

    /** Every step assumed to exit 0, 0.8 files planned as Drone 1.x converts them. */
    public static final PlanOptions DEFAULT = new PlanOptions(Map.of(), false);

    public PlanOptions {
        exitCodes = Map.copyOf(exitCodes);
    }
}
