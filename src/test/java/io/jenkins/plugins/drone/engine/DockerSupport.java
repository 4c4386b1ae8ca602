package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.dockerjava.api.DockerClient;
import io.jenkins.plugins.drone.engine.docker.DockerClients;
import io.jenkins.plugins.drone.engine.docker.DockerContainerEngine;
import io.jenkins.plugins.drone.plan.PipelinePlan;
import java.util.List;
import java.util.Map;

/** Shared real-Docker plumbing for engine tests: one client, runs with a recorder, and the leftover check. */
public final class DockerSupport {

    public static final DockerClient DOCKER = DockerClients.create(null);
    public static final DockerContainerEngine ENGINE = new DockerContainerEngine(DOCKER);

    private DockerSupport() {}

    /** Runs a pipeline to its end with a fresh run id, then checks nothing of the run is left. */
    public static PipelineResult run(PipelinePlan plan, RecordingListener listener) {
        return run(RunRequest.builder(plan), listener);
    }

    /** Runs the request being built, with a fresh run id, then checks nothing of the run is left. */
    public static PipelineResult run(RunRequest.Builder request, PipelineListener listener) {
        String runId = RunSpec.newRunId();
        PipelineResult result = PipelineRun.create(ENGINE, request.runId(runId).build(), listener).execute();
        assertNothingLeft(runId);
        return result;
    }

    /** Where the container of {@code step} in run {@code runId} stands now, found by the run's labels. */
    public static ContainerEngine.Condition stateOf(String runId, String step) {
        RunResources run = new RunResources(new RunSpec(runId, "/drone/src", null, List.of(), Map.of(), 0),
                null, null, null, Map.of());
        String id = ENGINE.containersOf(run).get(step);
        return id == null ? ContainerEngine.Condition.MISSING : ENGINE.state(id).condition();
    }

    /** Fails if any container, volume or network labelled with {@code runId} still exists. */
    public static void assertNothingLeft(String runId) {
        String filter = Labels.RUN + "=" + runId;
        assertEquals(List.of(), DOCKER.listContainersCmd().withShowAll(true).withLabelFilter(List.of(filter)).exec()
                .stream().map(c -> c.getNames()[0]).toList(), "containers left behind");
        var volumes = DOCKER.listVolumesCmd().withFilter("label", List.of(filter)).exec().getVolumes();
        assertEquals(0, volumes == null ? 0 : volumes.size(), "volumes left behind");
        assertEquals(0, DOCKER.listNetworksCmd().withFilter("label", List.of(filter)).exec().size(), "networks left behind");
    }
}
