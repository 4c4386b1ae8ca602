package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.BuildImageResultCallback;
import io.jenkins.plugins.drone.plan.StepPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves on real Docker that steps after a service wait until it is healthy (its own {@code healthcheck} or the
 * image's {@code HEALTHCHECK}), that a check turned off is not waited for, that a service that never gets
 * healthy fails the pipeline with the last probe's output, and that {@code tmpfs} mounts memory of the given size.
 */
class ServiceReadinessTest {

    /** busybox with a HEALTHCHECK that passes about two seconds after the container starts. */
    private static final String SLOW_IMAGE = "drone-pipeline/slow-healthy:test";
    private static final String BECOMES_READY = "sleep 2; touch /tmp/ready; exec sleep 600";

    @BeforeAll
    static void buildImageWithHealthcheck() throws IOException {
        Path dir = Files.createTempDirectory("healthy-image");
        Files.writeString(dir.resolve("Dockerfile"), "FROM " + TestPlans.BUSYBOX + "\n"
                + "HEALTHCHECK --interval=1s --timeout=1s --retries=30 CMD test -f /tmp/ready\n"
                + "CMD [\"sh\", \"-c\", \"" + BECOMES_READY + "\"]\n");
        DockerSupport.DOCKER.buildImageCmd(dir.toFile()).withTags(Set.of(SLOW_IMAGE)).withPull(false)
                .exec(new BuildImageResultCallback()).awaitImageId();
    }

    @AfterAll
    static void removeImage() {
        DockerSupport.DOCKER.removeImageCmd(SLOW_IMAGE).withForce(true).exec();
    }

    private static StepPlan.Health check(String shell, int retries) {
        return new StepPlan.Health(List.of("CMD-SHELL", shell), 200, 1000, retries, 0, false);
    }

    private static StepResult result(PipelineResult pipeline, String step) {
        return pipeline.steps().stream().filter(s -> s.name().equals(step)).findFirst().orElseThrow();
    }

    private static long waited(PipelineResult pipeline) {
        return result(pipeline, "test").startedMillis() - result(pipeline, "db").startedMillis();
    }

    @Test
    void stepsWaitForTheServicesOwnHealthcheck() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("db").service().image(TestPlans.REDIS).command("redis-server", "--save", "")
                        .health(new StepPlan.Health(List.of("CMD", "redis-cli", "ping"), 200, 1000, 50, 0, false)),
                step("test", "redis-cli -h db set answer 42").image(TestPlans.REDIS)), events);
        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());

        PipelineResult slow = DockerSupport.run(pipeline(
                step("db").service().command("sh", "-c", BECOMES_READY).health(check("test -f /tmp/ready", 50)),
                step("test", "true")), events);
        assertEquals(StepStatus.SUCCESS, slow.status(), () -> events.events.toString());
        assertTrue(waited(slow) >= 2000, "test started " + waited(slow) + " ms after db");
    }

    @Test
    void stepsWaitForTheImagesHealthcheckUnlessItIsTurnedOff() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(step("db").service().image(SLOW_IMAGE),
                step("test", "true")), events);
        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertTrue(waited(result) >= 2000, "test started " + waited(result) + " ms after db");

        PipelineResult off = DockerSupport.run(pipeline(step("db").service().image(SLOW_IMAGE)
                .health(new StepPlan.Health(List.of(), 0, 0, 0, 0, true)), step("test", "true")), events);
        assertEquals(StepStatus.SUCCESS, off.status(), () -> events.events.toString());
        assertTrue(waited(off) < 2000, "test started " + waited(off) + " ms after db");
    }

    @Test
    void aServiceThatNeverGetsHealthyFailsThePipelineWithTheLastProbe() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("db").service().command("sleep", "600").health(check("echo db is down; exit 1", 2)),
                step("test", "true")), events);
        assertEquals(StepStatus.FAILURE, result.status(), () -> events.events.toString());
        StepResult db = result(result, "db");
        assertEquals(StepStatus.FAILURE, db.status());
        assertTrue(db.message().matches("service db not healthy after \\d+ s: last probe said db is down"),
                db.message());
        assertEquals(StepStatus.SKIPPED, result(result, "test").status());
    }

    @Test
    void aServiceThatStopsBeforeItIsHealthyFails() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(
                step("db").service().command("sh", "-c", "exit 3").health(check("false", 50)),
                step("test", "true")), events);
        assertEquals(StepStatus.FAILURE, result.status(), () -> events.events.toString());
        assertEquals("db stopped before it was healthy (exit code 3)", result(result, "db").message());
    }

    @Test
    void tmpfsMountsMemoryOfTheGivenSize() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(step("db", "grep ' /data ' /proc/mounts",
                "grep ' /scratch ' /proc/mounts").tmpfs("/data", 16L << 20).tmpfs("/scratch", 0)), events);
        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        List<String> mounts = events.lines("db").stream().filter(l -> l.startsWith("tmpfs")).toList();
        assertEquals(2, mounts.size(), events.lines("db").toString());
        assertTrue(mounts.get(0).matches("tmpfs /data tmpfs rw.*size=16384k.*"), mounts.get(0));
        assertTrue(mounts.get(1).startsWith("tmpfs /scratch tmpfs rw"), mounts.get(1));
    }
}
