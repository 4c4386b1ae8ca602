package io.jenkins.plugins.drone.engine;

import static io.jenkins.plugins.drone.engine.TestPlans.pipeline;
import static io.jenkins.plugins.drone.engine.TestPlans.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.plan.BuildContext;
import io.jenkins.plugins.drone.plan.PipelinePlan.VolumeSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the workspace choices on real Docker: a host directory bind-mounted as the workspace (files go both
 * ways, the clone is skipped, DRONE_DOCKER_VOLUME_PATH names it); the built-in clone done with JGit from a
 * local repository into the workspace volume at the build's commit, and for a pull request the merge of its
 * head into the target branch; temp volumes shared between steps and
 * memory volumes as tmpfs.
 */
class WorkspaceTest {

    @TempDir
    Path tmp;

    @Test
    void hostDirectoryIsTheWorkspace() throws Exception {
        Files.writeString(tmp.resolve("input.txt"), "from host\n");
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(RunRequest.builder(pipeline(
                        step("clone").clone(),
                        step("build", "cat input.txt", "echo built > output.txt", "echo path=$DRONE_DOCKER_VOLUME_PATH")))
                .hostWorkspace(tmp), events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertEquals(StepStatus.SKIPPED, result.step("clone").status());
        assertTrue(events.lines("build").contains("from host"));
        assertTrue(events.lines("build").contains("path=" + tmp.toAbsolutePath()));
        assertEquals("built\n", Files.readString(tmp.resolve("output.txt")));
    }

    @Test
    void cloneChecksOutTheBuildCommitIntoTheVolume() throws Exception {
        Path origin = tmp.resolve("origin");
        RevCommit first;
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            Files.writeString(origin.resolve("README"), "first\n");
            git.add().addFilepattern("README").call();
            first = git.commit().setMessage("first").setAuthor("t", "t@e").setCommitter("t", "t@e").setSign(false).call();
            Files.writeString(origin.resolve("README"), "second\n");
            git.commit().setAll(true).setMessage("second").setAuthor("t", "t@e").setCommitter("t", "t@e").setSign(false).call();
        }
        BuildContext build = BuildContext.builder().remoteUrl(origin.toString()).branch("main").ref("refs/heads/main")
                .commit(first.name()).build();
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(RunRequest.builder(pipeline(
                        step("clone").clone(),
                        step("show", "cat README", "ls -a")))
                .context(build), events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertEquals(StepStatus.SUCCESS, result.step("clone").status());
        assertTrue(events.lines("show").contains("first"), () -> events.lines("show").toString());
        assertTrue(events.lines("show").contains(".git"));
    }

    @Test
    void pullRequestCloneMergesTheHeadIntoTheTargetBranch() throws Exception {
        Path origin = tmp.resolve("origin");
        RevCommit head;
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            commit(git, origin, "README", "base");
            git.checkout().setCreateBranch(true).setName("feature").call();
            head = commit(git, origin, "feature.txt", "feature");
            git.checkout().setName("main").call();
            commit(git, origin, "main.txt", "main moved on");
            git.getRepository().updateRef("refs/pull/1/head").link("refs/heads/feature");
        }
        BuildContext build = BuildContext.builder().remoteUrl(origin.toUri().toString()).event("pull_request")
                .branch("main").ref("refs/pull/1/head").commit(head.name()).build();
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(RunRequest.builder(pipeline(
                        step("clone").clone(),
                        step("show", "cat README feature.txt main.txt")))
                .context(build), events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertEquals(List.of("+ cat README feature.txt main.txt", "base", "feature", "main moved on"), events.lines("show"));
    }

    private static RevCommit commit(Git git, Path dir, String file, String content) throws Exception {
        Files.writeString(dir.resolve(file), content + "\n");
        git.add().addFilepattern(file).call();
        return git.commit().setMessage(file).setAuthor("t", "t@e").setCommitter("t", "t@e").setSign(false).call();
    }

    @Test
    void cloneOfAMissingRepositoryFailsTheStep() {
        BuildContext build = BuildContext.builder().remoteUrl("file://" + tmp.resolve("nothing-here")).branch("main").build();
        PipelineResult result = DockerSupport.run(RunRequest.builder(pipeline(
                step("clone").clone(), step("after", "true"))).context(build), new RecordingListener());

        assertEquals(StepStatus.FAILURE, result.step("clone").status());
        assertEquals(StepStatus.SKIPPED, result.step("after").status());
    }

    @Test
    void tempVolumesAreSharedAndMemoryVolumesAreTmpfs() {
        RecordingListener events = new RecordingListener();
        PipelineResult result = DockerSupport.run(pipeline(List.of(
                        new VolumeSpec("cache", null, true, "", 0),
                        new VolumeSpec("ram", null, true, "memory", 8 << 20)),
                step("put", "echo kept > /cache/file").mount("cache", "/cache"),
                step("get", "cat /cache/file", "grep ' /ram ' /proc/mounts | cut -d' ' -f3").mount("cache", "/cache").mount("ram", "/ram")),
                events);

        assertEquals(StepStatus.SUCCESS, result.status(), () -> events.events.toString());
        assertEquals(List.of("+ cat /cache/file", "kept", "+ grep ' /ram ' /proc/mounts | cut -d' ' -f3", "tmpfs"),
                events.lines("get"));
    }
}
