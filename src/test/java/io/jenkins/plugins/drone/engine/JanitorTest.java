package io.jenkins.plugins.drone.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.engine.docker.DockerJanitor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves the janitor removes the labelled leftovers of a dead run (as if the process had died after setup),
 * keeps those of a live run until their expiry has passed, and never touches unlabelled resources or runs
 * outside its scope.
 */
class JanitorTest {

    /** Keeps this test's sweep away from runs of other tests sharing the Docker engine. */
    private static final Map<String, String> SCOPE = Map.of("io.jenkins.drone.test", "janitor-" + RunSpec.newRunId());

    private static RunResources leftovers(String runId, long expires) {
        RunSpec spec = new RunSpec(runId, "/drone/src", null, List.of(), SCOPE, expires);
        RunResources run = DockerSupport.ENGINE.setup(spec);
        DockerSupport.ENGINE.create(run, new ContainerSpec(spec.resourcePrefix() + "-left", "left",
                new ContainerSpec.Image(TestPlans.BUSYBOX, ContainerSpec.Pull.NEVER, null),
                new ContainerSpec.Process(List.of(), List.of("true"), Map.of(), null, null),
                new ContainerSpec.Network(run.networkName(), List.of("left"), List.of(), List.of(), List.of()),
                new ContainerSpec.Host(false, List.of(new ContainerSpec.Mount(ContainerSpec.MountKind.VOLUME,
                        run.workspaceVolume(), spec.workspaceBase(), 0)), List.of()),
                new ContainerSpec.Limits(0, 0, 0, 0), null, Labels.of(spec, "left")), w -> { });
        return run;
    }

    @Test
    void removesDeadAndExpiredRunsOnly() {
        long now = System.currentTimeMillis() / 1000;
        String dead = RunSpec.newRunId();
        String live = RunSpec.newRunId();
        String expired = RunSpec.newRunId();
        String unlabelled = DockerSupport.DOCKER.createVolumeCmd().withName("drone-janitor-test-" + dead).exec().getName();
        try {
            leftovers(dead, now + 3600);
            RunResources liveRun = leftovers(live, now + 3600);
            leftovers(expired, now - 1);

            Set<String> removed = new DockerJanitor(DockerSupport.DOCKER, SCOPE).sweep(Set.of(live, expired), now);

            assertEquals(Set.of(dead, expired), removed);
            DockerSupport.assertNothingLeft(dead);
            DockerSupport.assertNothingLeft(expired);
            assertEquals(1, DockerSupport.DOCKER.listContainersCmd().withShowAll(true)
                    .withLabelFilter(List.of(Labels.RUN + "=" + live)).exec().size());
            DockerSupport.ENGINE.destroy(liveRun);
            DockerSupport.assertNothingLeft(live);
            assertEquals(unlabelled, DockerSupport.DOCKER.inspectVolumeCmd(unlabelled).exec().getName());
        } finally {
            DockerSupport.DOCKER.removeVolumeCmd(unlabelled).exec();
        }
    }
}
