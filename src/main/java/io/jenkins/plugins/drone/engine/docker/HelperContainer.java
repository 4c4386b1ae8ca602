package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import io.jenkins.plugins.drone.engine.EngineException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Runs a short shell script in a throw-away container of a helper image without network (copying or measuring a
 * cache), and returns what it printed. Its name and labels make it a leftover of the run if the agent dies meanwhile.
 */
final class HelperContainer {

    private static final long OUTPUT_MILLIS = 10_000;

    private HelperContainer() {}

    /** Runs {@code script} with {@code mounts}; throws {@link EngineException} when it does not exit 0. */
    static String run(DockerClient docker, String image, String name, Map<String, String> labels, List<Mount> mounts,
                      String script) {
        String id = docker.createContainerCmd(image).withName(name).withLabels(labels)
                .withEntrypoint("/bin/sh", "-c", script).withCmd(List.of())
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withMounts(mounts))
                .exec().getId();
        try {
            docker.startContainerCmd(id).exec();
            int code;
            try (WaitContainerResultCallback wait = docker.waitContainerCmd(id).exec(new WaitContainerResultCallback())) {
                code = wait.awaitStatusCode();
            }
            String output = output(docker, id);
            if (code != 0) {
                throw new EngineException("helper " + image + " exited " + code + ": " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new EngineException("lost the helper container: " + e.getMessage(), e);
        } finally {
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }

    private static String output(DockerClient docker, String id) {
        StringBuilder text = new StringBuilder();
        LogFollower follower = docker.logContainerCmd(id).withStdOut(true).withStdErr(true)
                .exec(new LogFollower((line, continues) -> text.append(line).append(continues ? "" : "\n")));
        try (follower) {
            follower.awaitEnd(OUTPUT_MILLIS);
        } catch (IOException e) {
            // the output is complete once it ended
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text.toString();
    }
}
