package io.jenkins.plugins.drone.jenkins;

import hudson.model.ParametersAction;
import hudson.model.Result;
import hudson.model.StringParameterValue;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.records.PipelineRecord;
import io.jenkins.plugins.drone.jenkins.records.StepRecord;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.GitFixture;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import io.jenkins.plugins.drone.jenkins.support.Statuses;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Proves that a build ends in words a client can act on: an {@code EVENT} that is not Drone's fails the build
 * at once with the list of Drone's events; a label expression that does not parse ends its pipeline as an error
 * at once, with the parser's position; and when a build ends, every step of every pipeline — also of pipelines
 * skipped by a failed dependency or excluded by their trigger — is in a final state with the reason.
 */
public class BuildInputsIT extends DockerAgentCase {

    private static final String THREE_PIPELINES = """
            kind: pipeline
            name: build
            clone:
              disable: true
            steps:
            - name: fail
              image: drone-pipeline/busybox:test
              commands: [exit 1]
            ---
            kind: pipeline
            name: deploy
            depends_on: [build]
            steps:
            - name: ship
              image: drone-pipeline/busybox:test
              commands: [echo ship]
            ---
            kind: pipeline
            name: release
            trigger:
              event: [tag]
            steps:
            - name: publish
              image: drone-pipeline/busybox:test
              commands: [echo publish]
            """;

    public void testAnUnknownEventFailsTheBuildWithDronesEvents() throws Exception {
        DronePipelineJob job = Jobs.create("bogus", GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", THREE_PIPELINES)).url(), "main");
        DronePipelineBuild build = job.scheduleBuild2(0, null,
                new ParametersAction(new StringParameterValue("EVENT", "bogus"))).get(1, TimeUnit.MINUTES);

        assertEquals(build.getLog(), Result.FAILURE, build.getResult());
        assertTrue(build.getLog(), build.getLog().contains("ERROR: EVENT \u201cbogus\u201d is not a Drone event; "
                + "use one of push, pull_request, tag, promote, rollback, cron, custom"));
        assertTrue("nothing was planned", build.getPipelines().isEmpty());
    }

    public void testEveryStepIsFinalWhenTheBuildEnds() throws Exception {
        DronePipelineJob job = Jobs.create("skips", GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", THREE_PIPELINES)).url(), "main");
        DronePipelineBuild build = job.scheduleBuild2(0).get(3, TimeUnit.MINUTES);

        assertEquals(build.getLog(), Result.FAILURE, build.getResult());
        assertEquals("build: failure[fail failure] | deploy: skipped[clone skipped, ship skipped]"
                + " | release: skipped[clone skipped, publish skipped]", Statuses.of(build.getPipelines()));
        for (PipelineRecord pipeline : build.getPipelines()) {
            for (StepRecord step : pipeline.getSteps()) {
                assertTrue(pipeline.getName() + ":" + step.getName() + " " + step.getStatus(), step.isFinished());
                if (!pipeline.getName().equals("build")) {
                    assertFalse(pipeline.getName() + ":" + step.getName() + " says why", step.getReason().isEmpty());
                }
            }
        }
    }

    public void testALabelExpressionThatDoesNotParseEndsThePipelineAtOnce() throws Exception {
        GitFixture repo = GitFixture.create(createTmpDir(), "main", Map.of(".drone.yml", """
                kind: pipeline
                name: default
                node:
                  label: 'gpu\\'
                steps:
                - name: never
                  image: drone-pipeline/busybox:test
                  commands: [echo never]
                """));
        DronePipelineJob job = Jobs.create("bad-label", repo.url(), "main");
        DronePipelineBuild build = job.scheduleBuild2(0).get(1, TimeUnit.MINUTES);

        String console = build.getLog();
        assertEquals(console, Result.FAILURE, build.getResult());
        assertTrue(console, console.contains("[default] ERROR: label expression docker && \"gpu\\\" is invalid: "));
        PipelineRecord pipeline = build.pipeline("default");
        assertEquals("error", pipeline.getStatus());
        assertTrue(pipeline.getReason(), pipeline.getReason().startsWith("label expression"));
        assertEquals("skipped", pipeline.step("never").getStatus());
    }
}
