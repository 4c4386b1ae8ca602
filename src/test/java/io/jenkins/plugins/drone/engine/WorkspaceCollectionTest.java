package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves on real Docker that after the steps, whatever their outcome, the files matching the artifact and report
 * globs are copied out of the workspace volume (or a host workspace) as a tar of workspace-relative paths, that
 * nothing else is, that only the directories the globs start with are read (a missing one is no error), that a pipeline killed by its timeout still gives its files, that files over the size bound are left out with a warning, and that the run still cleans up.
 */
class WorkspaceCollectionTest {

    @TempDir
    Path tmp;

    @Test
    void matchingFilesLeaveTheVolumeEvenWhenTheStepFails() throws IOException {
        RecordingListener events = new RecordingListener();
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        WorkspaceCollection collection = new WorkspaceCollection(List.of("dist/*.txt"), List.of("**/TEST-*.xml"),
                WorkspaceCollection.DEFAULT_MAX_BYTES);
        String runId = RunSpec.newRunId();
        PipelineResult result = PipelineRun.create(DockerSupport.ENGINE, RunRequest.builder(pipeline(step("build",
                        "mkdir -p dist reports/unit other", "echo app > dist/app.txt", "echo no > dist/app.log",
                        "echo '<testsuite/>' > reports/unit/TEST-a.xml", "echo x > other/TEST-b.txt", "exit 3")))
                        .runId(runId).build(), events)
                .collecting(collection, tar).execute();
        DockerSupport.assertNothingLeft(runId);

        assertEquals(StepStatus.FAILURE, result.status());
        assertEquals(Map.of("dist/app.txt", "app\n", "reports/unit/TEST-a.xml", "<testsuite/>\n"), files(tar));
    }

    @Test
    void aPipelineKilledByItsTimeoutIsCollectedToo() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        PipelineResult result = PipelineRun.create(DockerSupport.ENGINE, RunRequest.builder(pipeline(step("build",
                        "echo partial > out.txt", "sleep 60"))).timeout(Duration.ofSeconds(1)).build(),
                        new RecordingListener())
                .collecting(new WorkspaceCollection(List.of("out.txt"), List.of(), 1000), tar).execute();

        assertEquals(StepStatus.KILLED, result.status());
        assertEquals(Map.of("out.txt", "partial\n"), files(tar));
    }

    @Test
    void filesOverTheBoundAreLeftOutWithAWarning() throws IOException {
        RecordingListener events = new RecordingListener();
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        PipelineRun.create(DockerSupport.ENGINE, RunRequest.builder(pipeline(step("build",
                        "echo 1234 > a.txt", "echo 123456789 > b.txt"))).build(), events)
                .collecting(new WorkspaceCollection(List.of("*.txt"), List.of(), 8), tar).execute();

        assertEquals(Map.of("a.txt", "1234\n"), files(tar));
        assertTrue(events.events.contains(new PipelineEvent.Warning(
                "not collected: b.txt (10 bytes) would exceed the limit of 8 bytes per pipeline")), events.events::toString);
    }

    @Test
    void aHostWorkspaceIsCollectedToo() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        PipelineRun.create(DockerSupport.ENGINE, RunRequest.builder(pipeline(step("build",
                        "mkdir -p out", "echo host > out/r.txt"))).hostWorkspace(tmp).build(), new RecordingListener())
                .collecting(new WorkspaceCollection(List.of("out/**"), List.of(), 1000), tar).execute();

        assertEquals(Map.of("out/r.txt", "host\n"), files(tar));
        assertTrue(Files.exists(tmp.resolve("out/r.txt")));
    }

    @Test
    void onlyTheDirectoriesTheGlobsStartWithAreRead() {
        assertEquals(List.of("dist", "target/surefire-reports"), new WorkspaceCollection(List.of("dist/*.txt",
                "dist/sub/*", "target/surefire-reports/*.xml"), List.of("target/surefire-reports/TEST-*.xml"), 1).roots());
        assertEquals(List.of(""), new WorkspaceCollection(List.of("dist/*"), List.of("**/TEST-*.xml"), 1).roots());
        assertEquals(List.of(""), new WorkspaceCollection(List.of("app.txt", "*/x"), List.of(), 1).roots());
    }

    @Test
    void aDirectoryThatDoesNotExistGivesNothingAndNoWarning() throws IOException {
        RecordingListener events = new RecordingListener();
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        PipelineRun.create(DockerSupport.ENGINE, RunRequest.builder(pipeline(step("build", "mkdir -p dist",
                        "echo a > dist/a.txt"))).build(), events)
                .collecting(new WorkspaceCollection(List.of("dist/*.txt"), List.of("reports/*.xml"), 1000), tar).execute();

        assertEquals(Map.of("dist/a.txt", "a\n"), files(tar));
        assertTrue(events.events.stream().noneMatch(e -> e instanceof PipelineEvent.Warning), events.events::toString);
    }

    private static Map<String, String> files(ByteArrayOutputStream tar) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar.toByteArray()))) {
            for (TarArchiveEntry e = in.getNextTarEntry(); e != null; e = in.getNextTarEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
