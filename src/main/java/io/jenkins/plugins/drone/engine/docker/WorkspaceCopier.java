package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import io.jenkins.plugins.drone.engine.ContainerEngine;
import io.jenkins.plugins.drone.engine.EngineException;
import io.jenkins.plugins.drone.engine.Labels;
import io.jenkins.plugins.drone.engine.Directories;
import io.jenkins.plugins.drone.engine.RunResources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Puts host files into a run's workspace. For a volume: Docker only copies into containers, so a helper
 * container is created (never started) with the volume mounted, the files are
 * sent through it as a tar we write ourselves (under the workspace path, so no target directory has to
 * exist) and it is removed. Works with no registry (see {@link #helperImage()}).
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
        String base = run.spec().workspaceBase();
        String id = helperContainer(run, "-copy");
        Path tar = null;
        try {
            tar = Files.createTempFile("drone-workspace", ".tar");
            TarWriter.write(dir, relative(run, containerPath), tar);
            try (InputStream in = Files.newInputStream(tar)) {
                docker.copyArchiveToContainerCmd(id).withTarInputStream(in).withRemotePath(base).exec();
            }
        } catch (IOException e) {
            throw new EngineException("cannot pack files for the workspace: " + e.getMessage(), e);
        } finally {
            Directories.deleteTree(tar);
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }

    /**
     * Hands {@code reader} a tar of the workspace directory {@code containerPath} (not at all when it does not
     * exist): from a volume through a helper
     * container (never started) and Docker's archive API, from a host workspace packed here.
     */
    void read(RunResources run, String containerPath, ContainerEngine.TarReader reader) throws IOException {
        if (run.workspaceVolume() == null) {
            String rel = relative(run, containerPath);
            Path dir = run.spec().hostWorkspace().resolve(rel);
            if (!Files.isDirectory(dir)) {
                return;
            }
            Path tar = Files.createTempFile("drone-workspace", ".tar");
            try {
                TarWriter.write(dir, rel.isEmpty() ? "workspace" : Path.of(rel).getFileName().toString(), tar);
                try (InputStream in = Files.newInputStream(tar)) {
                    reader.read(in);
                }
            } finally {
                Directories.deleteTree(tar);
            }
            return;
        }
        String id = helperContainer(run, "-collect");
        try (InputStream in = docker.copyArchiveFromContainerCmd(id, containerPath).exec()) {
            reader.read(in);
        } catch (NotFoundException e) {
            // the directory does not exist: nothing in it to collect
        } finally {
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }

    /** A created, never started container with the run's workspace volume mounted, for Docker's archive API. */
    private String helperContainer(RunResources run, String suffix) {
        return docker.createContainerCmd(helperImage())
                .withName(run.spec().resourcePrefix() + suffix)
                .withEntrypoint("/none").withCmd("/none")
                .withLabels(Labels.of(run.spec(), "_copy"))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withMounts(List.of(
                        new Mount().withType(MountType.VOLUME).withSource(run.workspaceVolume())
                                .withTarget(run.spec().workspaceBase()))))
                .exec().getId();
    }

    /** The container path relative to the workspace base (empty when it is the base). */
    private static String relative(RunResources run, String containerPath) {
        String base = run.spec().workspaceBase();
        String rel = containerPath.startsWith(base) ? containerPath.substring(base.length()) : containerPath;
        return rel.replaceFirst("^/+", "");
    }

    /**
     * Our helper image if it exists, else any tagged local image (the container is never started, so any
     * image will do), else the helper image created from a one-directory tar. docker-java's image import
     * over the zerodep transport sends a truncated body, so importing is the last resort.
     */
    private String helperImage() {
        String helper = HELPER_IMAGE + ":" + HELPER_TAG;
        try {
            docker.inspectImageCmd(helper).exec();
            return helper;
        } catch (NotFoundException e) {
            String local = docker.listImagesCmd().exec().stream()
                    .flatMap(i -> i.getRepoTags() == null ? Stream.<String>empty() : Stream.of(i.getRepoTags()))
                    .filter(t -> !t.contains("<none>")).findFirst().orElse(null);
            if (local != null) {
                return local;
            }
            docker.createImageCmd(HELPER_IMAGE, new ByteArrayInputStream(TarWriter.singleDirectory("tmp")))
                    .withTag(HELPER_TAG).exec();
            return helper;
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new EngineException("cannot copy " + from + " into the workspace: " + e.getMessage(), e);
        }
    }

}
