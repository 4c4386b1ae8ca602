package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import io.jenkins.plugins.drone.engine.ContainerEngine.Condition;
import io.jenkins.plugins.drone.engine.ContainerEngine.ContainerState;
import io.jenkins.plugins.drone.engine.EngineException;
import io.jenkins.plugins.drone.engine.Labels;
import io.jenkins.plugins.drone.engine.RunResources;
import io.jenkins.plugins.drone.engine.RunSpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what an earlier engine instance left of a run in Docker, by the run's names and labels, for
 * {@link DockerContainerEngine#adopt}, {@code containersOf} and {@code state}; creates nothing.
 */
final class DockerAdoption {

    private final DockerClient docker;

    DockerAdoption(DockerClient docker) {
        this.docker = docker;
    }

    RunResources adopt(RunSpec run) {
        try {
            String network = run.resourcePrefix();
            String networkId = docker.listNetworksCmd().withFilter("label", List.of(Labels.RUN + "=" + run.runId()))
                    .exec().stream().filter(n -> n.getName().equals(network)).map(n -> n.getId()).findFirst()
                    .orElseThrow(() -> gone(run, "network " + network));
            String workspace = run.hostWorkspace() == null ? volume(run, run.resourceName("workspace")) : null;
            Map<String, String> temps = new HashMap<>();
            run.dockerVolumes().forEach(name -> temps.put(name, volume(run, run.resourceName(name))));
            return new RunResources(run, networkId, network, workspace, temps);
        } catch (NotFoundException e) {
            throw gone(run, e.getMessage());
        } catch (DockerException e) {
            throw new EngineException("cannot find the network and volumes of run " + run.runId() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The volume of that name when it carries the run's label. */
    private String volume(RunSpec run, String name) {
        Map<String, String> labels = docker.inspectVolumeCmd(name).exec().getLabels();
        if (labels == null || !run.runId().equals(labels.get(Labels.RUN))) {
            throw gone(run, "volume " + name);
        }
        return name;
    }

    private static EngineException gone(RunSpec run, String what) {
        return new EngineException("the resources of run " + run.runId() + " are gone (" + what
                + "): it cannot be resumed");
    }

    Map<String, String> containersOf(RunResources run) {
        try {
            List<Container> containers = docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(List.of(Labels.RUN + "=" + run.spec().runId())).exec();
            Map<String, String> byEntry = new HashMap<>();
            containers.forEach(c -> byEntry.put(c.getLabels().get(Labels.STEP), c.getId()));
            byEntry.remove("_run");
            return byEntry;
        } catch (DockerException e) {
            throw new EngineException("cannot list the containers of run " + run.spec().runId() + ": "
                    + e.getMessage(), e);
        }
    }

    ContainerState state(String containerId) {
        InspectContainerResponse.ContainerState state;
        try {
            state = docker.inspectContainerCmd(containerId).exec().getState();
        } catch (NotFoundException e) {
            return ContainerState.MISSING;
        } catch (DockerException e) {
            throw new EngineException("cannot inspect the container: " + e.getMessage(), e);
        }
        long started = millis(state.getStartedAt());
        return switch (String.valueOf(state.getStatus())) {
            case "created" -> new ContainerState(Condition.CREATED, 0, 0);
            case "exited", "dead" -> new ContainerState(Condition.EXITED, exitCode(state), started);
            case "removing" -> ContainerState.MISSING;
            default -> new ContainerState(Condition.RUNNING, 0, started);
        };
    }

    private static int exitCode(InspectContainerResponse.ContainerState state) {
        Long code = state.getExitCodeLong();
        return code == null ? 0 : code.intValue();
    }

    /** Docker's start time (RFC 3339, nanoseconds), 0 when it never started ({@code 0001-01-01T00:00:00Z}). */
    private static long millis(String time) {
        try {
            return time == null ? 0 : Math.max(0, Instant.parse(time).toEpochMilli());
        } catch (DateTimeParseException e) {
            return 0;
        }
    }
}
