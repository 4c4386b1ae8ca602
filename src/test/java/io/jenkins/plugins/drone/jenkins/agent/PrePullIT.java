package io.jenkins.plugins.drone.jenkins.agent;

import hudson.model.Hudson;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Proves, in a real Hudson with real agents and Docker but no registry, that a step's wait for its image is recorded
 * apart from it (a {@code latest} image is pulled by default; the pull fails and the local copy runs) and shown in
 * the build's api/json, and that a second agent with the build's label, coming online, is sent that image to
 * pre-pull (present there, so left as it is) while an agent with other labels is not.
 */
public class PrePullIT extends DockerAgentCase {

    private static final String IMAGE = "drone-pipeline/busybox-prepull:latest";

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        docker("tag", "drone-pipeline/busybox:test", IMAGE);
    }

    @Override
    protected void tearDown() throws Exception {
        docker("rmi", "--no-prune", IMAGE);
        super.tearDown();
    }

    public void testThePullIsRecordedAndAnAgentWithTheLabelPrePullsTheImage() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", """
                kind: pipeline
                name: default
                clone:
                  disable: true
                steps:
                - name: latest
                  image: %s
                  commands:
                  - echo ran
                """.formatted(IMAGE)));
        DronePipelineJob job = Jobs.create("prepull", repo.url(), "main");

        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);

        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        StepRecord step = build.pipeline("default").step("latest");
        assertTrue("a pull was tried, yet no wait was recorded", step.getPullMillis() > 0);
        String apiJson = createWebClient().goTo(build.getUrl() + "api/json?depth=3", "application/javascript")
                .getWebResponse().getContentAsString();
        assertTrue(apiJson, apiJson.contains("\"pullMillis\":" + step.getPullMillis()));

        DumbSlave second = createOnlineSlave(Hudson.getInstance().getLabel("docker"));
        assertTrue(LeftoverSweeper.prePull(second.toComputer()).contains(IMAGE + ": present"));
        DumbSlave elsewhere = createOnlineSlave(Hudson.getInstance().getLabel("gpu"));
        assertFalse(LeftoverSweeper.prePull(elsewhere.toComputer()).stream().anyMatch(o -> o.startsWith(IMAGE)));
    }

    private static void docker(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor(60, TimeUnit.SECONDS);
    }
}
