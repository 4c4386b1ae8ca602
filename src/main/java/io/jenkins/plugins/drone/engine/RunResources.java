package io.jenkins.plugins.drone.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * What {@link ContainerEngine#setup} created for a run.
 *
 * @param spec            the run
 * @param networkId       the run's network id ({@code DRONE_DOCKER_NETWORK_ID})
 * @param networkName     its name
 * @param workspaceVolume the workspace volume name, or null when a host directory is the workspace
 * @param tempVolumes     pipeline volume name to the runtime volume created for it
 */
public record RunResources(RunSpec spec, String networkId, String networkName, String workspaceVolume,
                           Map<String, String> tempVolumes) {
    public RunResources {
        tempVolumes = Map.copyOf(tempVolumes);
    }

    /** The same resources with {@code volumes} (pipeline volume name to runtime volume) added, e.g. restored caches. */
    public RunResources withVolumes(Map<String, String> volumes) {
        Map<String, String> all = new HashMap<>(tempVolumes);
        all.putAll(volumes);
        return new RunResources(spec, networkId, networkName, workspaceVolume, all);
    }
}
