package io.jenkins.plugins.drone.jenkins;

import hudson.model.Result;
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
 * Proves on a real Hudson, agent and Docker that a step after a service with a {@code healthcheck} starts only
 * once the service is healthy, and that a service that never gets healthy fails the build with the last probe's
 * output on the build's step record.
 */
public class ServiceReadinessIT extends DockerAgentCase {

    private static final String PIPELINE = """
            kind: pipeline
            name: default
            clone:
              disable: true
            services:
            - name: db
              image: drone-pipeline/busybox:test
              commands:
              - sleep 3
              - touch /tmp/ready
              - sleep 600
              healthcheck:
                test: %s
                interval: 300ms
                retries: %d
            steps:
            - name: test
              image: drone-pipeline/busybox:test
              commands:
              - echo db is ready
            """;

    private DronePipelineBuild build(String name, String test, int retries) throws Exception {
        DronePipelineJob job = Jobs.create(name, GitFixture.create(createTmpDir(), "main",
                Map.of(".drone.yml", PIPELINE.formatted(test, retries))).url(), "main");
        return job.scheduleBuild2(0).get(180, TimeUnit.SECONDS);
    }

    public void testTheStepStartsOnlyOnceTheServiceIsHealthy() throws Exception {
        DronePipelineBuild build = build("healthy-db", "test -f /tmp/ready", 100);
        assertEquals(build.getLog(), Result.SUCCESS, build.getResult());
        PipelineRecord pipeline = build.pipeline("default");
        long waited = pipeline.step("test").getStartedMillis() - pipeline.step("db").getStartedMillis();
        assertTrue("test started " + waited + " ms after db", waited >= 3000);
    }

    public void testAServiceThatNeverGetsHealthyFailsTheBuildWithTheLastProbe() throws Exception {
        DronePipelineBuild build = build("sick-db", "echo no such database; exit 1", 3);
        assertEquals(build.getLog(), Result.FAILURE, build.getResult());
        PipelineRecord pipeline = build.pipeline("default");
        assertEquals("db failure, test skipped", Statuses.steps(pipeline, "db", "test"));
        StepRecord db = pipeline.step("db");
        assertTrue(db.getReason(), db.getReason().matches(
                "service db not healthy after \\d+ s: last probe said no such database"));
    }
}
