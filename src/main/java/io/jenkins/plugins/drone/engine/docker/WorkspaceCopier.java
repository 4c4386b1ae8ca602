package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import io.jenkins.plugins.drone.engine.EngineException;
import io.jenkins.plugins.drone.engine.Labels;
import io.jenkins.plugins.drone.engine.RunResources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Puts host files into a run's workspace. For a volume: Docker only copies into containers, so a helper
 * container is created (never started) from a tiny empty image with the volume mounted, the files are
 * copied through it and it is removed. The empty image is made locally from an empty tar, so this works
 * with no registry and whatever images the pipeline uses.
 */
final class WorkspaceCopier {

    static final String HELPER_IMAGE = "drone-pipeline/workspace-helper";
    static final String HELPER_TAG = "empty";

    private final DockerClient docker;

    WorkspaceCopier(DockerClient docker) {
        this.docker = docker;
    }

    void copy(RunResources run, Path dir, String containerPath) {
        if (run.workspaceVolume() == null) {
            copyTree(dir, run.spec().hostWorkspace().resolve(relative(run, containerPath)));
            return;
        }
        ensureHelperImage();
        String base = run.spec().workspace().base();
        String id = docker.createContainerCmd(HELPER_IMAGE + ":" + HELPER_TAG)
                .withName(run.spec().resourcePrefix() + "-copy")
                .withCmd("/none")
                .withLabels(Labels.of(run.spec(), "_copy"))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withMounts(java.util.List.of(
                        new Mount().withType(MountType.VOLUME).withSource(run.workspaceVolume()).withTarget(base))))
                .exec().getId();
        String rel = relative(run, containerPath);
        Path source = rel.isEmpty() ? dir : stage(dir, rel);
        try {
            docker.copyArchiveToContainerCmd(id).withHostResource(source.toString())
                    .withDirChildrenOnly(true).withRemotePath(base).exec();
        } finally {
            if (source != dir) {
                deleteTree(source);
            }
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }

    /** The container path relative to the workspace base (empty when it is the base). */
    private static String relative(RunResources run, String containerPath) {
        String base = run.spec().workspace().base();
        String rel = containerPath.startsWith(base) ? containerPath.substring(base.length()) : containerPath;
        return rel.replaceFirst("^/+", "");
    }

    /** A directory whose children, copied into the base, land at {@code rel}: Docker needs existing targets. */
    private static Path stage(Path dir, String rel) {
        try {
            Path root = Files.createTempDirectory("drone-stage");
            copyTree(dir, root.resolve(rel));
            return root;
        } catch (IOException e) {
            throw new EngineException("cannot stage workspace files: " + e.getMessage(), e);
        }
    }

    private void ensureHelperImage() {
        try {
            docker.inspectImageCmd(HELPER_IMAGE + ":" + HELPER_TAG).exec();
        } catch (NotFoundException e) {
            byte[] emptyTar = new byte[1024]; // two zero blocks: the end-of-archive marker
            docker.createImageCmd(HELPER_IMAGE, new ByteArrayInputStream(emptyTar)).withTag(HELPER_TAG).exec();
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new EngineException("cannot copy " + from + " into the workspace: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
